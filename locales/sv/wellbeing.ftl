## Wellbeing at the start and the end, the satisfaction survey and the summaries.

## Omgångar: välmående i början och i slutet, och enkäten.
wellbeing-link = Mitt välmående
wellbeing-title = Välmående: { $name }
wellbeing-intro = Berätta hur du mår. Du svarar om sex saker. Du svarar när budgeten börjar och slutar. Sedan ser du skillnaden.
wellbeing-start-title = Välmående när budgeten börjar
wellbeing-end-title = Välmående när budgeten slutar
survey-title = Enkät om hur det gick
wellbeing-offer = Berätta hur du mår. Det finns 6 frågor.
survey-offer = Berätta vad du tyckte om budgeten. Det finns 4 frågor.
wellbeing-answer = Svara
wellbeing-open = Du kan svara på det här nu.
wellbeing-not-open = Du kan svara under budgetens sista månad.
wellbeing-done = Besvarat.
wellbeing-back = Tillbaka till välmående
wellbeing-period = Din budget börjar { $start }. Den slutar { $end }.
wellbeing-no-period = Du har ingen budget än. Frågorna kommer när budgeten börjar.
wellbeing-step = Fråga { $current } av { $total }
wellbeing-hint = Välj en bild. Bredvid den finns ett ord.

## Frågorna. Alla har samma skala.
wellbeing-q-feel = Hur mår du nu?
wellbeing-q-people = Hur går det med dina närstående?
wellbeing-q-health = Hur mår din kropp och din hälsa?
wellbeing-q-everyday = Hur går din vardag?
wellbeing-q-hobbies = Hur bra kan du göra saker du gillar?
wellbeing-q-decide = Hur mycket bestämmer du om ditt liv?
survey-q-heard = Hur bra lyssnade andra på dig?
survey-q-choose = Hur mycket fick du bestämma om pengarna?
survey-q-got-help = Hur bra fick du hjälp i tid?
survey-q-easy = Hur lätt var det att använda Sopiva?
wellbeing-area-feel = Hur jag mår
wellbeing-area-people = Människor nära mig
wellbeing-area-health = Hälsa och kropp
wellbeing-area-everyday = Vardagen
wellbeing-area-hobbies = Att göra saker jag tycker om
wellbeing-area-decide = Att bestämma själv
survey-item-heard = Man lyssnade på dig
survey-item-choose = Du bestämde om pengarna
survey-item-got-help = Du fick hjälp
survey-item-easy = Att använda Sopiva
wb-scale-1 = Mycket dåligt
wb-scale-2 = Dåligt
wb-scale-3 = Mittemellan
wb-scale-4 = Bra
wb-scale-5 = Mycket bra
survey-comment-label = Vill du säga något mer?
survey-comment-shown = Kommentar: { $comment }
survey-comment-hint = Du kan skriva med egna ord. Du kan också lämna det tomt. Högst { $max } tecken.

## Sista sidan.
wellbeing-finish-title = Titta på dina svar
wellbeing-finish-intro = Här är dina svar.
wellbeing-support-legend = Svarade du själv?
wellbeing-support-alone = Jag svarade själv
wellbeing-support-helped = Någon hjälpte mig
wellbeing-finish-lock = När du trycker på Klar sparar Sopiva svaren. Sedan kan du inte ändra dem.
wellbeing-finish-button = Klar
wellbeing-locked = Du har redan svarat på det här. Du kan inte ändra svaren längre.
wellbeing-closed = Du kan inte svara på det här nu.
answered-client-alone = { $name } svarade själv.
answered-client-helped = { $name } svarade. Någon hjälpte till.
answered-relative = Närstående { $name } svarade.
answered-with-worker = Din kontaktperson { $name } hjälpte till att svara.

## Meddelanden.
wellbeing-error-empty = Välj en bild. Tryck sedan på Fortsätt.
wellbeing-error-support = Berätta om du svarade själv.
wellbeing-error-changed = Någon annan ändrade svaren nyss. Ditt val finns kvar. Titta på det och tryck på Fortsätt igen.
wellbeing-error-locked = Du har redan svarat på det här. Du kan inte ändra svaren längre.
wellbeing-error-long = Kommentaren är för lång. Gör den kortare.
wellbeing-error-missing = Den här frågan har inget svar än. Svara på den först.
wellbeing-error-no-period = Du har ingen budget. Därför finns det inga frågor nu.
wellbeing-error-not-yet = Du kan svara under budgetens sista månad.
wellbeing-error-resent = Du har redan skickat formuläret. Titta på siffrorna och spara igen.
wellbeing-saved = Tack! Dina svar är sparade.

## Förändringen från början till slut.
wb-change-link = Se vad som är annorlunda
wb-change-title = Vad är annorlunda nu?
wb-change-title-other = Vad är annorlunda nu: { $name }
wb-change-intro = Här ser du dina svar. Du ser början och slutet.
wb-change-outro = Prata gärna om det här med din kontaktperson.
wb-change-none = Vi kan inte visa någon skillnad än. Först svarar du i början och i slutet.
wb-change-better = { $area }: bättre än i början
wb-change-same = { $area }: samma som i början
wb-change-worse = { $area }: svårare nu än i början
wb-change-at-start = I början: { $word }
wb-change-at-end = I slutet: { $word }

## Kykyviisari. Kontaktpersonen skriver in resultatet.
kyky-title = Kykyviisari
kyky-record-link = Skriv in ett resultat från Kykyviisari
kyky-form-title = Resultat från Kykyviisari: { $name }
kyky-form-intro = Klienten fyllde i Kykyviisari någon annanstans. Skriv in resultatet här. Varje tal är 0 till 10.
kyky-date-label = Datum då det fylldes i
kyky-date-hint = Skriv datumet så här: 3.11.2026.
kyky-overall-label = Helhetstal
kyky-areas-legend = De fem områdena
kyky-area-mental = Psykiskt välmående
kyky-area-social = Social delaktighet
kyky-area-physical = Fysisk funktionsförmåga
kyky-area-skills = Kunnande
kyky-area-everyday = Vardagen fungerar
kyky-result-heading = Kykyviisari { $date }
kyky-overall-value = Helhet: { $value } av 10
kyky-area-value = { $area }: { $value } av 10
kyky-entered-by = Inskrivet av { $name }
kyky-saved = Resultatet från Kykyviisari är sparat.
kyky-error-date-missing = Skriv datumet.
kyky-error-date-wrong = Skriv datumet så här: 3.11.2026.
kyky-error-date-future = Datumet är i framtiden. Skriv dagen då klienten fyllde i Kykyviisari.
kyky-error-number-missing = Skriv ett tal från 0 till 10.
kyky-error-number-wrong = Skriv ett heltal från 0 till 10.

## Kontaktpersonens sammanfattning.
wb-summary-title = Sammanfattning av välmående
wb-summary-intro = Här finns bara antal. Om en grupp har färre än 5 personer visas inga siffror. Då kan ingen kännas igen.
wb-summary-caseload = Dina klienter
wb-summary-service = Hela tjänsten
wb-summary-wellbeing = Välmående från början till slut
wb-summary-satisfaction = Enkät om hur det gick
wb-summary-people = Personer: { $count }
wb-summary-hidden = Gruppen har färre än { $min } personer. Därför visas inga siffror.
wb-summary-area = Område
wb-summary-item = Fråga
wb-summary-improved = Bättre
wb-summary-same = Samma
wb-summary-declined = Svårare
caseload-wellbeing = Välmående: början { $start }, slutet { $end }.
caseload-wb-there = besvarat
caseload-wb-missing = saknas
caseload-wb-no-period = Välmående: klienten har ingen budget.
