# Sopiva: lättläst svenska.

app-name = Sopiva
lang-name = Svenska
language-choice = Välj språk
skip-to-content = Gå till innehållet
done-button = Jag är klar
footer-text = Sopiva hjälper dig att planera ett bra liv.
back = Tillbaka
continue = Fortsätt
change = Ändra
error-prefix = Fel:
error-summary-title = Rätta de här sakerna
go-to-start = Gå till början
go-home = Gå till din sida

not-found-title = Sidan finns inte
not-found-text = Kontrollera sidans adress.
problem-title = Något gick fel
problem-text = Dina uppgifter är sparade. Försök igen snart.
problem-ref = Säg det här numret om du berättar: { $ref }
error-not-signed-in = Logga in först.
error-not-found = Sidan finns inte.
error-internal = Något gick fel. Försök igen snart.

start-title = Välkommen till Sopiva
start-intro = Här kan du skriva din egen plan. Du kan också titta på den senare.
sign-in-button = Logga in
signed-out = Du är klar. Dina uppgifter är sparade.
demo-title = Prova Sopiva

home-greeting = Hej, { $name }!
home-unfinished = Din plan är inte klar. Du kan fortsätta där du slutade.
home-continue = Fortsätt med planen
home-write-plan = Skriv planen

plan-title = Planen för ett bra liv
plan-step = Steg { $current } av { $total }

section-important = Det här är viktigt för mig
section-good-at = Det här är jag bra på
section-helpers = De här hjälper mig
section-need-help = Jag behöver hjälp med
section-support = Så här vill jag ha stöd
section-goals = Mina mål

question-important = Vad är viktigt för dig?
question-good-at = Vad är du bra på?
question-helpers = Vem hjälper dig?
question-need-help = Vad behöver du hjälp med?
question-support = Vilket stöd vill du ha?
question-goals = Vilka är dina mål?

hint-important = Skriv en sak på varje rad. Du kan lämna det här tomt.
hint-good-at = Vad kan du göra bra? Vad tycker andra om hos dig?
hint-helpers = Till exempel mamma, en vän eller din kontaktperson. Också ett hjälpmedel kan hjälpa, som en rullstol.
hint-need-help = Skriv en sak på varje rad.
hint-support = Vem hjälper? När? Hur?
hint-goals = Du kan skriva högst tre mål.

goal-heading = Mål { $number }
goal-label = Vad vill du?
how-label = Hur vet du att det gick bra?
how-hint = Till exempel: jag simmar varje vecka.

count-left = Du kan skriva { $count ->
    [one] en bokstav till.
   *[other] { $count } bokstäver till.
}
count-over = Texten har { $count ->
    [one] en bokstav
   *[other] { $count } bokstäver
} för mycket.

error-too-long = Texten är för lång. { $over ->
        [one] Ta bort 1 bokstav.
       *[other] Ta bort { $over } bokstäver.
    }
error-goal-missing = Skriv målet först.
error-changed-by-other = Någon ändrade svaret samtidigt. Din text är sparad. Titta på texten och tryck Fortsätt.

check-title = Titta på dina svar
check-intro = Här är alla dina svar. Du kan ändra dem.
check-save-hint = När svaren är klara, spara planen.
save-plan = Spara planen
not-answered = Du svarade inte här.
error-plan-empty = Skriv minst ett svar innan du sparar.

saved-title = Planen är sparad
versions-title = Alla dina planer
versions-none = Du har inte sparat någon plan än.
version-saved-by = { $role ->
        [client] { $name } sparade det här.
        [helper] Närstående { $name } sparade det här.
       *[worker] { $name } i personalen sparade det här.
    }
version-title = Plan nummer { $number }
summary-link = Planen för utskrift
summary-print-hint = Du kan skriva ut sidan på papper. Tryck på skrivarens bild i enhetens meny.

datetime = { $weekday } { $day } { $month } { $year } klockan { $hour }.{ $minute }
date-words = { $weekday } { $day } { $month } { $year }
weekday-1 = måndag
weekday-2 = tisdag
weekday-3 = onsdag
weekday-4 = torsdag
weekday-5 = fredag
weekday-6 = lördag
weekday-7 = söndag
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

settings = Inställningar
text-size-now = Textstorlek: { $step } av { $steps }
text-bigger = Större text
text-smaller = Mindre text
setting-contrast = Hög kontrast
setting-symbols = Bilder
setting-speech = Läs upp

kiosk-title = Kioskläge
kiosk-text = Personalen kan göra detta till en gemensam dator.
kiosk-is-on = Den här enheten är en gemensam kiosk.
kiosk-code-label = Kioskens kod
kiosk-on = Slå på kioskläget
kiosk-off = Stäng av kioskläget
kiosk-invite = Rör vid skärmen för att börja.
timeout-notice = Tiden tog slut. Dina uppgifter är sparade.
kiosk-warning = Tiden tar snart slut. Vill du ha mer tid?
kiosk-seconds = { $count ->
    [one] 1 sekund
   *[other] { $count } sekunder
}
more-time = Mer tid

about-title = Om Sopiva
about-text = Sopiva är en webbsida. Här skriver du din egen plan. Du skriver hur du vill leva. Du skriver också vilket stöd du behöver.
about-symbols-title = Bilder
about-symbols-text = Bilderna kommer från bildserien OpenMoji.
symbols-credit = OpenMoji. Licens CC BY-SA 4.0.
about-feedback-title = Respons
about-feedback-text = Är Sopiva svår att använda? Berätta det för din kontaktperson. Vi svarar inom två veckor.
listen = Lyssna
stop-listening = Sluta
listen-answer = Lyssna på svaret: { $section }
setting-browser-voice = Enhetens egen röst

# Sign-in with a card and pictures (issue 5)
code-label = Kortets kod
code-hint = Du får kortet av din kontaktperson. Det finns en kod på kortet. Skriv koden här. Du kan också visa kortet för kortläsaren.
error-wrong-code = Kortet fungerar inte. Kontrollera koden och skriv den igen.
error-card-expired = Kortets tid är slut. Be personalen om ett nytt kort.
demo-text = Det här är en testversion. Logga in med de här korten och bilderna.
pictures-title = Välj dina bilder
pictures-hint = Tryck på 4 bilder i rätt ordning.
pictures-choose-title = Välj 4 bilder åt dig
pictures-choose-hint = Välj 4 bilder som du minns. Med dem loggar du in.
pictures-confirm-title = Välj samma bilder igen
pictures-confirm-hint = Tryck på samma 4 bilder i samma ordning.
pictures-again = Bra! Välj nu samma bilder igen.
pictures-progress = Du har valt { $chosen ->
        [one] 1 bild
       *[other] { $chosen } bilder
    }. Välj { $total ->
        [one] 1 bild
       *[other] { $total } bilder
    } i allt.
pictures-undo = Ta bort sista bilden
pictures-restart = Börja om
pictures-cancel = Avbryt och gå till början
error-pictures-wrong = Bilderna var fel. Försök igen.
error-pictures-wait = { $minutes ->
        [one] Vänta 1 minut.
       *[other] Vänta { $minutes } minuter.
    } Försök sedan igen.
error-pictures-locked = Kortet är låst. Be din kontaktperson att låsa upp det.
error-pictures-mismatch = Bilderna var inte samma som först. Välj bilderna från början.
pin-dog = Hund
pin-cat = Katt
pin-sun = Sol
pin-house = Hus
pin-car = Bil
pin-tree = Träd
pin-apple = Äpple
pin-fish = Fisk
pin-flower = Blomma
pin-ball = Boll
pin-star = Stjärna
pin-bicycle = Cykel
save = Spara
error-forbidden = Du kan inte öppna den här sidan.
forbidden-text = Sopiva berättar det för den som uppgifterna gäller.
home-other = Plan: { $name }
choose-title = Vems plan vill du titta på?
choose-none = Just nu kan du inte se någons uppgifter.
relatives-title = Närstående
relatives-intro = En närstående kan hjälpa dig. Du bestämmer vad den närstående får göra.
relatives-wait = Får din närstående göra något nytt? Det gäller från i morgon. Då hinner du tänka efter. Din kontaktperson kan starta det direkt.
relatives-none = Det finns ingen på listan än. Din kontaktperson kan lägga till en närstående.
relatives-may = { $name } får
relatives-saved = Sparat.
relatives-waiting = Det nya gäller från { $when }.
right-read-plan = titta på din plan
right-write-plan = skriva i din plan
right-see-money = titta på dina pengar
log-title = Vem har tittat på dina uppgifter
log-intro = Här ser du vem som sett dina uppgifter. Du ser också vem som ändrat dem. Du ser också om någon försökte utan tillåtelse. Är något konstigt? Berätta för din kontaktperson.
log-empty = Ingen annan har tittat på dina uppgifter.
log-line = { $who ->
        [relative] Din närstående
        [other] Någon annan,
       *[worker] Personalen
    } { $name } { $denied ->
        [yes] försökte { $what ->
            [read_plan] titta på din plan
            [write_plan] ändra din plan
            [open] öppna dina uppgifter
            [sign_in] ändra ditt kort eller dina bilder
            [relatives] ändra vad dina närstående får göra
            [read_log] titta på vem som sett dina uppgifter
            [read_money] titta på dina pengar
            [write_money] ändra uppgifterna om dina pengar
            [record_spending] skriva in vad pengarna gick till
            [issue_card] ge dig ett nytt kort
            [reset_pin] be dig välja bilderna på nytt
            [caseload] ändra dina kontaktpersoner
            [supported_start] börja ett samtal med stöd
            [supported_end] avsluta ett samtal med stöd
            [supported_idle] fortsätta ett samtal med stöd
            [download] ladda ner alla dina uppgifter
           *[other] titta på dina uppgifter
        }. Sopiva stoppade det.
       *[no] { $what ->
            [read_plan] tittade på din plan
            [write_plan] ändrade din plan
            [open] öppnade dina uppgifter
            [sign_in] ändrade ditt kort eller dina bilder
            [relatives] ändrade vad dina närstående får göra
            [read_log] tittade på vem som har sett dina uppgifter
            [read_money] tittade på dina pengar
            [write_money] ändrade uppgifterna om dina pengar
            [record_spending] skrev in vad pengarna gick till
            [issue_card] gav dig ett nytt kort
            [reset_pin] bad dig välja bilderna på nytt
            [caseload] ändrade dina kontaktpersoner
            [supported_start] började ett samtal med stöd
            [supported_end] avslutade ett samtal med stöd
            [supported_idle] fortsatte inte ett samtal med stöd. Det slutade av sig självt
            [download] laddade ner alla dina uppgifter
           *[other] tittade på dina uppgifter
        }.
    }
log-assisted = Ni gjorde det här tillsammans.
log-newer = Nyare
log-older = Äldre
log-pages = Sidor
assist-title = Kontaktpersonen hjälper
assist-intro = Din kontaktperson loggar in här. Sedan kan hen hjälpa dig.
assist-button = Börja hjälpa
assist-on = { $name } hjälper dig nu.
assist-end = Sluta hjälpa
error-assist-caseload = Den här personen är inte din kontaktperson.
worker-sign-in-link = Kontaktperson, logga in här
worker-sign-in-title = Inloggning för personal
worker-user-name = Användarnamn
worker-secret = Lösenord eller engångskod
error-worker-wrong = Namnet eller lösenordet var fel. Försök igen.
error-worker-wait = Vänta en stund. Försök sedan igen.
worker-title = Dina klienter, { $name }
worker-intro = Du ser bara dina egna klienter.
worker-no-clients = Du har inga klienter än.
caseload-find = Sök en klient med namn
caseload-find-button = Sök
caseload-show-all = Visa alla klienter
caseload-count = { $count ->
    [one] Du har { $count } klient.
   *[other] Du har { $count } klienter.
}
caseload-found = { $count ->
    [one] Du hittade { $count } klient.
   *[other] Du hittade { $count } klienter.
}
caseload-none-found = Ingen klient har det namnet.
caseload-action-first = Först ser du klienter som behöver din hjälp.
caseload-page = Sida { $page } av { $pages }.
caseload-pages = Sidor
caseload-previous = Föregående sida
caseload-next = Nästa sida
worker-back = Tillbaka till klienterna
open-plan = Öppna planen
card-in-use = Kortet används.
card-none = Inget kort.
card-issue = Ge ett nytt kort
card-revoke = Ta kortet ur bruk
card-new-title = Nytt kort
card-new-text = Skriv ut eller skriv ner koden. Koden syns bara nu.
card-choose-days = Klienten väljer bilderna inom { $days ->
        [one] 1 dag
       *[other] { $days } dagar
    }. Sedan fungerar kortet inte.
card-qr-label = Kortets kod som bild
pin-locked = Bilderna är låsta.
pin-unlock = Lås upp
pin-reset = Välj bilderna igen
consent-confirm = Bekräfta det nya
relative-add-label = Namnet på en ny närstående till { $name }
relative-add = Lägg till en närstående
password-title = Eget lösenord
password-new = Nytt lösenord, minst 15 tecken
password-current = Nuvarande lösenord, om du redan har ett lösenord
error-password-current = Det nuvarande lösenordet är fel.
error-password-short = Skriv minst 15 tecken.
password-saved = Det nya lösenordet används nu.
admin-title = Personal och klienter
admin-workers = Personal
admin-assign-label = Lägg till en klient
admin-assign = Lägg till
admin-worker-waiting = Inloggningen väntar efter fel försök.
admin-unlock = Tillåt inloggning nu
admin-unlocked = Kontaktpersonen kan logga in nu.
admin-deactivate = Ta bort kontaktpersonen från användning
admin-deactivated = Kontaktpersonen är borttagen. Hen kan inte längre logga in.
error-reason-missing = Skriv varför du lägger till klienten hos dig själv.
error-reason-long = Orsaken är för lång. Skriv kortare.
admin-reason = Varför lägger du till klienten hos dig själv? Klienten ser orsaken.
log-reason = Orsak: { $reason }
admin-add-worker = Lägg till personal
admin-add-client = Lägg till en klient
admin-name = Namn
worker-code-title = Engångskod för den nya personen
error-name-missing = Skriv ett namn.
error-user-name-taken = Namnet används redan. Välj ett annat namn.

# Money (issue 6)
money-euros = { $amount } euro
money-title = Mina pengar
money-title-other = Pengar: { $name }
money-none = Du har inget beslut om pengar än. I beslutet står hur mycket pengar du får. Sedan skriver din kontaktperson in det här.
money-granted = Du får
money-used = Du har använt
money-left = Kvar
money-ends = Du kan använda pengarna till och med { $date }.
money-bar-label = Du har använt { $used }. Kvar är { $left }.
money-pace = { $outcome ->
        [fast] Pengarna kan ta slut för tidigt. Prata med din kontaktperson.
        [slow] Du har mycket pengar kvar. Du kan använda mer.
       *[on_track] Pengarna räcker bra.
    }
money-lines-title = Vad pengarna går till
money-line-numbers = Här finns { $amount }. Du har använt { $used }. Kvar är { $left }.
money-serves = Pengarna är till:
money-spending-title = Vad du har använt pengarna till
money-spending-none = Du har inte använt pengar än.
money-correction = Rättelse. De här pengarna kom tillbaka.
arrangement-self = Du väljer själv det här stödet. Du betalar det med pengarna.
arrangement-voucher = Du får en servicesedel.
arrangement-municipal = Välfärdsområdet ordnar det här stödet åt dig.
arrangement-other = Din kontaktperson berättar hur du får stödet.
summary-money = Du får { $amount } till det här: { $wish }. Pengarna är till: { $line }.
decision-title = Beslut om pengar
worker-money-title = Pengar: { $name }
worker-money-intro = Skriv beslutet, stödraderna och hur pengarna används.
decision-start = Börjar, till exempel 1.9.2026
decision-end = Tar slut, till exempel 28.2.2027
decision-granted = Summa i euro
decision-reference = Beslutets nummer
decision-follow-up = Nästa uppföljningsmöte, till exempel 15.12.2026
line-name = Stödradens namn på lättläst svenska
line-amount = Summa i euro
line-arrangement = Hur stödet ordnas
line-wishes = Vilken önskan stödet hjälper
line-add = Lägg till en stödrad
spending-date = Dag, till exempel 3.9.2026
spending-amount = Summa i euro
spending-line = Stödrad
spending-description = Kort beskrivning
spending-add = Lägg till hur pengarna används
spending-reverse = Rätta och ångra det här
import-title = Hämta en fil från ekonomisystemet
import-help = Filen har kolumnerna dag, summa, stödrad, beskrivning och kod.
import-file = Fil
import-upload = Visa raderna
import-preview = Filen har { $all ->
        [one] 1 rad
       *[other] { $all } rader
    }. { $good } av dem är i ordning.
import-row = Rad
import-ok = I ordning:
import-wrong = Fel:
import-confirm = { $good ->
        [one] Spara 1 rad
       *[other] Spara { $good } rader
    }
import-cancel = Avbryt
import-problem-shape = Raden ska ha 5 fält.
import-problem-date = Dagen är fel. Skriv dagen så här: 3.9.2026.
import-problem-period = Dagen är utanför beslutets tid.
import-problem-amount = Summan är fel. Skriv i euro, till exempel 45,50.
import-problem-line = Stödraden finns inte. Kontrollera namnet.
import-problem-reference = Koden saknas.
import-problem-duplicate = Raden är redan hämtad.
import-file-empty = Filen är tom.
import-file-header = Första raden är fel. Läs hjälpen.
error-amount-empty = Skriv summan i euro. Till exempel 120.
error-amount-text = Skriv summan med siffror. Till exempel 120.
error-amount-negative = Skriv summan utan minus. Är summan fel? Tryck på Rätta och ångra det här.
error-amount-decimals = Skriv högst 2 decimaler. Till exempel 12,50.
error-amount-large = Summan är för stor.
error-date-empty = Skriv en dag.
error-date = Skriv dagen så här: 3.9.2026.
error-period-order = Slutdagen är före startdagen. Rätta dagarna.
error-text-empty = Skriv något här.
error-text-long = Texten är för lång.
error-arrangement = Välj hur stödet ordnas.
error-wish-missing = Välj minst 1 önskan.
error-line-missing = Välj en stödrad.
error-money-changed = Någon ändrade det här samtidigt. Din text finns kvar. Kontrollera och spara.
error-form-resent = Du har redan skickat formuläret. Kontrollera uppgifterna och skicka dem igen.
about-budget = Sedan får du ett beslut om pengar. Du väljer själv stödet du köper med pengarna. Det heter personlig budget.
money-pace-time = Det har gått { $gone ->
        [one] 1 månad
       *[other] { $gone } månader
    }. Hela tiden är { $total ->
        [one] 1 månad
       *[other] { $total } månader
    }.
money-pace-used = Du har använt { $used }. Du har { $left } kvar.
help-link = Hjälp
help-title = Hjälp
help-intro = Här berättar vi hur Sopiva fungerar.
help-use-title = Så använder du Sopiva
help-use-text = På varje sida finns en fråga. Svara på frågan. Tryck sedan på Fortsätt. Knappen Lyssna läser texten högt.
help-sign-in-title = Så kommer du in i Sopiva
help-sign-in-text = Skriv koden på kortet. Du kan också visa kortet för kortläsaren. Tryck sedan på dina bilder i rätt ordning. Visa inte dina bilder för andra.
help-card-title = Om du tappar kortet
help-card-text = Berätta det genast för din kontaktperson. Din kontaktperson ger dig ett nytt kort. Det gamla kortet slutar fungera. Du väljer nya bilder.
help-call-title = Vem du kan fråga
help-call-text = Ring din kontaktperson. Kanske vet du inte numret. Kom då till Omatori. Där får du hjälp.
help-done-title = När du slutar
help-done-text = Tryck på Jag är klar. Då ser andra inte dina uppgifter. Gör alltid så på en gemensam dator.
help-words-title = Ord som finns i Sopiva
explain-what = Vad betyder { $word }?
glossary-budget = personlig budget
glossary-budget-text = Du får pengar till stöd som du behöver. Du väljer själv vilket stöd du får. Först skriver du din egen plan. Sedan får du ett beslut om pengar.
glossary-decision = beslut
glossary-decision-text = Beslutet är ett brev. Där står hur mycket pengar du får. Där står också hur länge du får pengar. Förstår du inte beslutet? Fråga din kontaktperson.
glossary-follow-up = uppföljning
glossary-follow-up-text = Uppföljningen är ett möte med din kontaktperson. Ni ses minst en gång på 3 månader. Ni pratar om hur det går för dig. Ni kan också ändra planen.
glossary-voucher = servicesedel
glossary-voucher-text = En servicesedel är som ett presentkort. Med den betalar du ett företag för stödet. Du väljer själv företaget.
glossary-county = välfärdsområde
glossary-county-text = Välfärdsområdet ger människor stöd och vård. Din kontaktperson arbetar för välfärdsområdet.
glossary-permission = tillåtelse
glossary-permission-text = Det visar vad din närstående får göra. Du bestämmer det. Du kan ta bort det när du vill.
