## Supported decision-making (issue 13): whose words, disagreement, sessions.

said-legend = Vems ord är det här?
said-choice-own = Hens egna ord
said-choice-pictures = Hen berättade med hjälp av bilder
said-choice-questions = Hen svarade på frågor
said-choice-interpreting = En närstående berättade vad hen menar
said-choice-note = Min egen anteckning
said-line = { $how ->
        [note] { $name } skrev det här. Det är hens egen anteckning.
       *[other] { $how ->
            [own] Dina egna ord.
            [pictures] Du berättade det här med bilder.
            [questions] Du svarade på frågor.
           *[interpreting] En närstående berättade vad du menar.
        } { $role ->
            [client] { "" }
           *[other] { $name } skrev det här.
        }
    }
disagree-link = Jag håller inte med
disagree-title = Jag håller inte med
disagree-intro = Någon annan skrev det här. Berätta vad du själv tycker.
disagree-words = Vad tycker du?
disagree-words-hint = Du kan också lämna det här tomt.
disagree-button = Jag håller inte med
disagree-shown = Håller inte med:
error-disagree-long = Din text är för lång. Gör den lite kortare.
error-disagree-changed = Någon ändrade det här nyss. Läs det och försök igen.
supported-intro = Ni kan börja ett samtal med stöd. Då ser du alltid vems ord svaret är.
supported-start = Börja samtal med stöd
supported-on = Ett samtal med stöd pågår nu.
supported-on-hint = Vid varje svar syns vems ord det är.
supported-end = Avsluta samtalet
supported-record-title = Samtal med stöd
supported-record-intro = Här ser du vem som var med. Du ser också vems ord svaren är.
supported-record-none = Du har inga samtal med stöd än.
supported-record-who = { $name } var med.
supported-record-ended = { $how ->
        [press] Någon avslutade samtalet med knappen.
        [idle] Samtalet slutade av sig självt.
       *[going] Samtalet pågår ännu.
    }
supported-record-count = { $count ->
        [0] Inga svar i samtalet.
        [one] Ett svar i samtalet.
       *[other] { $count } svar i samtalet.
    }
