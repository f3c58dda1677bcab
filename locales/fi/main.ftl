# Sopiva: selkokieli (plain Finnish). This is the default language.
# Rules: short sentences, everyday words, speak to the reader as "sinä". See README.

app-name = Sopiva
lang-name = Suomi
language-choice = Valitse kieli
skip-to-content = Siirry sisältöön
done-button = Olen valmis
footer-text = Sopiva auttaa sinua tekemään oman suunnitelman.
back = Takaisin
continue = Jatka
change = Muuta
error-prefix = Virhe:
error-summary-title = Korjaa nämä asiat
go-to-start = Mene alkuun
go-home = Mene omalle sivullesi

not-found-title = Sivua ei löydy
not-found-text = Mene alkuun ja yritä uudelleen.
problem-title = Jokin meni vikaan
problem-text = Tietosi ovat tallessa. Yritä pian uudelleen.
problem-ref = Jos kerrot tästä, kerro tämä numero: { $ref }
error-not-signed-in = Kirjaudu ensin sisään.
error-not-found = Sivua ei löydy.
error-internal = Jokin meni vikaan. Yritä pian uudelleen.

start-title = Tervetuloa Sopivaan
start-intro = Täällä kirjoitat oman suunnitelman. Kerrot siinä, millaista elämää haluat. Työntekijäsi voi lukea suunnitelmasi.
sign-in-button = Kirjaudu
signed-out = Olet valmis. Tietosi ovat tallessa.
demo-title = Kokeile Sopivaa

home-greeting = Hei, { $name }!
home-unfinished = Suunnitelmasi on kesken. Voit jatkaa siitä, mihin jäit.
home-continue = Jatka suunnitelmaa
home-write-plan = Kirjoita suunnitelma

plan-title = Hyvän elämän suunnitelma
plan-step = Vaihe { $current } / { $total }

section-important = Minulle on tärkeää
section-good-at = Osaan hyvin
section-helpers = Minua auttavat
section-need-help = Tarvitsen apua
section-support = Tällaista tukea haluan
section-goals = Tavoitteeni

question-important = Mikä sinulle on tärkeää?
question-good-at = Missä olet hyvä?
question-helpers = Ketkä auttavat sinua?
question-need-help = Missä tarvitset apua?
question-support = Millaista tukea haluat?
question-goals = Mitkä ovat tavoitteesi?

hint-important = Kirjoita yksi asia yhdelle riville. Voit jättää tämän tyhjäksi.
hint-good-at = Mitä osaat hyvin? Mistä ihmiset pitävät sinussa?
hint-helpers = Esimerkiksi äiti, ystävä tai työntekijä. Myös apuväline voi auttaa, esimerkiksi pyörätuoli.
hint-need-help = Kirjoita yksi asia yhdelle riville.
hint-support = Kuka auttaa? Milloin? Miten?
hint-goals = Voit kirjoittaa 1, 2 tai 3 tavoitetta.

goal-heading = Tavoite { $number }
goal-label = Mitä haluat?
how-label = Mistä tiedät, että se onnistui?
how-hint = Esimerkiksi: käyn uimassa joka viikko.

count-left = Voit kirjoittaa vielä { $count ->
    [one] yhden kirjaimen.
   *[other] { $count } kirjainta.
}
count-over = Tekstissä on { $count ->
    [one] yksi kirjain
   *[other] { $count } kirjainta
} liikaa.

error-too-long = Teksti on liian pitkä. { $over ->
        [one] Poista 1 kirjain.
       *[other] Poista { $over } kirjainta.
    }
error-goal-missing = Kirjoita ensin tavoite.
error-changed-by-other = Joku muutti tätä vastausta samaan aikaan. Sinun tekstisi on tallessa. Tarkista teksti ja paina Jatka.

check-title = Tarkista vastauksesi
check-intro = Tässä ovat kaikki vastauksesi. Voit muuttaa niitä.
check-save-hint = Kun vastaukset ovat valmiit, tallenna suunnitelma.
save-plan = Tallenna suunnitelma
not-answered = Et vastannut tähän.
error-plan-empty = Kirjoita ainakin 1 vastaus. Tallenna sitten.

saved-title = Suunnitelmasi on nyt tallessa
versions-title = Kaikki suunnitelmasi
versions-none = Et ole vielä tallentanut suunnitelmaa.
version-saved-by = { $role ->
        [client] { $name } tallensi tämän.
        [helper] Läheinen { $name } tallensi tämän.
       *[worker] Työntekijä { $name } tallensi tämän.
    }
version-title = Suunnitelma numero { $number }
summary-link = Koko suunnitelma yhdellä sivulla
summary-print-hint = Voit tulostaa tämän sivun paperille. Paina tulostimen kuvaa laitteen valikossa.

datetime = { $weekday } { $day }. { $month } { $year } kello { $hour }.{ $minute }
date-words = { $weekday } { $day }. { $month } { $year }
weekday-1 = maanantaina
weekday-2 = tiistaina
weekday-3 = keskiviikkona
weekday-4 = torstaina
weekday-5 = perjantaina
weekday-6 = lauantaina
weekday-7 = sunnuntaina
month-1 = tammikuuta
month-2 = helmikuuta
month-3 = maaliskuuta
month-4 = huhtikuuta
month-5 = toukokuuta
month-6 = kesäkuuta
month-7 = heinäkuuta
month-8 = elokuuta
month-9 = syyskuuta
month-10 = lokakuuta
month-11 = marraskuuta
month-12 = joulukuuta

settings = Asetukset
text-size-now = Tekstin koko: { $step } / { $steps }
text-bigger = Isompi teksti
text-smaller = Pienempi teksti
setting-contrast = Vahvat värit
setting-symbols = Kuvat
setting-speech = Kuuntele

kiosk-title = Kioskitila
kiosk-text = Työntekijä voi tehdä tästä laitteesta yhteisen kioskin.
kiosk-is-on = Tätä konetta käyttävät monet ihmiset. Kun lopetat, paina Olen valmis.
kiosk-code-label = Kioskin koodi
kiosk-on = Ota kioskitila käyttöön
kiosk-off = Poista kioskitila
kiosk-invite = Kosketa näyttöä ja aloita.
timeout-notice = Aika loppui. Tietosi ovat tallessa.
kiosk-warning = Aika loppuu pian. Haluatko lisää aikaa?
kiosk-seconds = { $count ->
    [one] 1 sekunti
   *[other] { $count } sekuntia
}
more-time = Lisää aikaa

about-title = Tietoa Sopivasta
about-text = Sopiva on verkkosivu. Täällä kirjoitat oman suunnitelman. Kerrot siinä, millaista elämää haluat. Kerrot myös, millaista apua tarvitset.
about-symbols-title = Kuvat
about-symbols-text = OpenMoji on tehnyt nämä kuvat.
symbols-credit = OpenMoji. Lisenssi CC BY-SA 4.0.
about-feedback-title = Palaute
about-feedback-text = Onko Sopivaa vaikea käyttää? Kerro siitä työntekijällesi. Saat vastauksen 2 viikon aikana.
listen = Kuuntele
stop-listening = Lopeta
listen-answer = Kuuntele vastaus: { $section }
setting-browser-voice = Laitteen oma ääni

# Sign-in with a card and pictures (issue 5)
code-label = Kortin koodi
code-hint = Saat kortin työntekijältäsi. Kortissa on koodi. Kirjoita koodi tähän. Voit myös näyttää kortin kortinlukijalle.
error-wrong-code = Koodi on väärin. Katso koodi kortista. Kirjoita koodi uudelleen.
error-card-expired = Kortin aika loppui. Pyydä työntekijältä uusi kortti.
demo-text = Tämä on kokeiluversio. Kirjaudu näillä korteilla ja kuvilla.
pictures-title = Valitse omat kuvasi
pictures-hint = Paina 4 kuvaa oikeassa järjestyksessä.
pictures-choose-title = Valitse itsellesi 4 kuvaa
pictures-choose-hint = Valitse 4 kuvaa, jotka muistat hyvin. Tarvitset nämä kuvat aina, kun tulet Sopivaan. Älä kerro kuvia muille.
pictures-confirm-title = Valitse samat kuvat uudelleen
pictures-confirm-hint = Paina samat 4 kuvaa samassa järjestyksessä.
pictures-again = Hyvä! Valitse nyt samat kuvat uudelleen.
pictures-progress = Olet valinnut { $chosen ->
        [one] 1 kuvan
       *[other] { $chosen } kuvaa
    }. Valitse yhteensä { $total ->
        [one] 1 kuva
       *[other] { $total } kuvaa
    }.
pictures-undo = Poista viimeinen kuva
pictures-restart = Aloita alusta
pictures-cancel = Peruuta ja palaa alkuun
error-pictures-wrong = Kuvat olivat väärin. Yritä uudelleen.
error-pictures-wait = { $minutes ->
        [one] Odota 1 minuutti.
       *[other] Odota { $minutes } minuuttia.
    } Yritä sitten uudelleen.
error-pictures-locked = Painoit väärät kuvat monta kertaa. Siksi kuvat ovat nyt lukossa. Pyydä työntekijääsi avaamaan lukko.
error-pictures-mismatch = Valitsit nyt eri kuvat kuin ensimmäisellä kerralla. Aloita alusta.
pin-dog = Koira
pin-cat = Kissa
pin-sun = Aurinko
pin-house = Talo
pin-car = Auto
pin-tree = Puu
pin-apple = Omena
pin-fish = Kala
pin-flower = Kukka
pin-ball = Pallo
pin-star = Tähti
pin-bicycle = Pyörä
save = Tallenna
error-forbidden = Et voi avata tätä sivua.
forbidden-text = Sopiva kertoo tästä sille, jonka tiedot ovat.
home-other = Suunnitelma: { $name }
choose-title = Kenen suunnitelmaa haluat katsoa?
choose-none = Et voi juuri nyt katsoa kenenkään tietoja.

# Relatives and their rights
relatives-title = Läheiset
relatives-intro = Läheinen on sinulle tärkeä ihminen. Esimerkiksi äiti, veli tai ystävä. Läheinen voi auttaa sinua. Sinä annat läheiselle luvan. Sinä päätät, mitä läheinen saa tehdä.
relatives-wait = Uusi lupa alkaa vasta huomenna. Näin ehdit vielä miettiä. Työntekijäsi voi avata luvan heti. Jos otat luvan pois, se loppuu heti.
relatives-none = Sinulla ei ole vielä läheisiä Sopivassa. Työntekijäsi voi lisätä läheisen.
relatives-may = { $name } saa
relatives-saved = Tallennettu.
relatives-waiting = Uusi lupa alkaa { $when }.
right-read-plan = katsoa suunnitelmaasi
right-write-plan = kirjoittaa suunnitelmaasi
right-see-money = katsoa rahaasi

# The access log
log-title = Kuka katsoi tietojasi
log-intro = Tässä näet, kuka on katsonut tietojasi. Näet myös, kuka on muuttanut niitä. Näet myös, jos joku yritti ilman lupaa. Onko jokin outoa? Kerro siitä työntekijällesi.
log-empty = Kukaan muu ei ole katsonut tietojasi.
log-line = { $who ->
        [relative] Läheisesi
        [other] Joku muu,
       *[worker] Työntekijä
    } { $name } { $denied ->
        [yes] yritti { $what ->
            [read_plan] katsoa suunnitelmaasi
            [write_plan] muuttaa suunnitelmaasi
            [open] avata tietosi
            [sign_in] muuttaa korttiasi tai kuviasi
            [relatives] muuttaa läheisten lupia
            [read_log] katsoa, kuka on katsonut tietojasi
            [read_money] katsoa rahatietojasi
            [write_money] muuttaa rahatietojasi
            [record_spending] kirjata rahan käyttöä
            [issue_card] antaa sinulle uutta korttia
            [reset_pin] pyytää sinua valitsemaan kuvat uudelleen
            [caseload] muuttaa, kuka on työntekijäsi
            [supported_start] aloittaa keskustelun tuen kanssa
            [supported_end] lopettaa keskustelun tuen kanssa
            [supported_idle] jatkaa keskustelua tuen kanssa
            [download] ladata kaikki tietosi
           *[other] katsoa tietojasi
        }. Hän ei saanut lupaa.
       *[no] { $what ->
            [read_plan] katsoi suunnitelmaasi
            [write_plan] muutti suunnitelmaasi
            [open] avasi tietosi
            [sign_in] muutti korttiasi tai kuviasi
            [relatives] muutti läheisten lupia
            [read_log] katsoi, kuka on katsonut tietojasi
            [read_money] katsoi rahatietojasi
            [write_money] muutti rahatietojasi
            [record_spending] kirjasi rahan käytön
            [issue_card] antoi sinulle uuden kortin
            [reset_pin] pyysi sinua valitsemaan kuvat uudelleen
            [caseload] muutti, kuka on työntekijäsi
            [supported_start] aloitti keskustelun tuen kanssa
            [supported_end] lopetti keskustelun tuen kanssa
            [supported_idle] ei jatkanut keskustelua tuen kanssa. Keskustelu loppui
            [download] latasi kaikki tietosi
           *[other] katsoi tietojasi
        }.
    }
log-assisted = Teitte tämän yhdessä.
log-newer = Uudemmat
log-older = Vanhemmat
log-pages = Sivut

# Worker beside the client
assist-title = Työntekijä auttaa
assist-intro = Työntekijäsi kirjautuu tähän. Sen jälkeen hän voi auttaa sinua.
assist-button = Aloita apu
assist-on = { $name } auttaa sinua nyt.
assist-end = Lopeta apu
error-assist-caseload = Tämä työntekijä ei ole sinun työntekijäsi.

# Worker's pages
worker-sign-in-link = Työntekijä, kirjaudu tästä
worker-sign-in-title = Kirjaudu työntekijänä
worker-user-name = Käyttäjätunnus
worker-secret = Salasana tai kertakoodi
error-worker-wrong = Käyttäjätunnus, salasana tai kertakoodi oli väärin. Yritä uudelleen.
error-worker-wait = Odota hetki. Yritä sitten uudelleen.
worker-title = Asiakkaasi, { $name }
worker-intro = Näet vain omat asiakkaasi.
worker-no-clients = Sinulla ei ole vielä asiakkaita.
caseload-find = Etsi asiakas nimellä
caseload-find-button = Etsi
caseload-show-all = Näytä kaikki asiakkaat
caseload-count = { $count ->
    [one] Sinulla on { $count } asiakas.
   *[other] Sinulla on { $count } asiakasta.
}
caseload-found = { $count ->
    [one] Löysit { $count } asiakkaan.
   *[other] Löysit { $count } asiakasta.
}
caseload-none-found = Kenelläkään asiakkaalla ei ole tätä nimeä.
caseload-action-first = Ensin näet asiakkaat, jotka tarvitsevat apuasi.
caseload-page = Sivu { $page }. Sivuja on { $pages }.
caseload-pages = Sivut
caseload-previous = Edellinen sivu
caseload-next = Seuraava sivu
worker-back = Takaisin asiakkaisiin
open-plan = Avaa suunnitelma
card-in-use = Kortti on käytössä.
card-none = Korttia ei ole.
card-issue = Anna uusi kortti
card-revoke = Poista kortti käytöstä
card-new-title = Uusi kortti
card-new-text = Tulosta tai kirjoita koodi. Koodi näkyy vain nyt.
card-choose-days = Kuvat pitää valita { $days } päivän aikana. Sen jälkeen kortti ei käy.
card-qr-label = Kortin koodi kuvana
pin-locked = Kuvat ovat lukossa.
pin-unlock = Avaa lukko
pin-reset = Valitse kuvat uudelleen
consent-confirm = Vahvista uusi lupa
relative-add-label = Uuden läheisen nimi asiakkaalle { $name }
relative-add = Lisää läheinen
password-title = Oma salasana
password-new = Uusi salasana, vähintään 15 merkkiä
password-current = Nykyinen salasana, jos sinulla on jo salasana
error-password-current = Nykyinen salasana on väärä.
error-password-short = Kirjoita vähintään 15 merkkiä.
password-saved = Uusi salasana on käytössä.
admin-title = Työntekijät ja asiakkaat
admin-workers = Työntekijät
admin-assign-label = Lisää asiakas
admin-assign = Lisää
admin-worker-waiting = Kirjautuminen on tauolla väärien yritysten takia.
admin-unlock = Salli kirjautuminen heti
admin-unlocked = Työntekijä voi nyt kirjautua.
admin-deactivate = Poista työntekijä käytöstä
admin-deactivated = Työntekijä on poistettu käytöstä. Hän ei voi enää kirjautua.
error-reason-missing = Kirjoita, miksi lisäät asiakkaan itsellesi.
error-reason-long = Syy on liian pitkä. Kirjoita lyhyemmin.
admin-reason = Miksi lisäät asiakkaan itsellesi? Asiakas näkee syyn.
log-reason = Syy: { $reason }
admin-add-worker = Lisää työntekijä
admin-add-client = Lisää asiakas
admin-name = Nimi
worker-code-title = Kertakoodi uudelle työntekijälle
error-name-missing = Kirjoita nimi.
error-user-name-taken = Tunnus on jo käytössä. Valitse toinen tunnus.

# Money (issue 6)
money-euros = { $amount } euroa
money-title = Minun rahani
money-title-other = Rahat: { $name }
money-none = Et ole vielä saanut päätöstä rahasta. Päätöksessä lukee, kuinka paljon rahaa saat apuun. Kun saat päätöksen, työntekijäsi kirjoittaa sen tänne.
money-granted = Saat
money-used = Olet käyttänyt
money-left = Jäljellä
money-ends = Voit käyttää rahaa viimeisen kerran { $date }.
money-bar-label = Olet käyttänyt { $used }. Jäljellä on { $left }.
money-pace = { $outcome ->
        [fast] Raha voi loppua liian aikaisin. Puhu työntekijäsi kanssa.
        [slow] Sinulla on vielä paljon rahaa. Voit käyttää sitä enemmän.
       *[on_track] Raha riittää hyvin.
    }
money-lines-title = Mihin raha menee
money-line-numbers = Tähän on { $amount }. Olet käyttänyt { $used }. Jäljellä on { $left }.
money-serves = Raha on tähän:
money-spending-title = Mihin olet käyttänyt rahaa
money-spending-none = Et ole vielä käyttänyt rahaa.
money-correction = Korjaus. Tämä raha tuli takaisin.
arrangement-self = Sinä valitset tämän avun itse. Maksat sen tällä rahalla.
arrangement-voucher = Saat palvelusetelin.
arrangement-municipal = Hyvinvointialue järjestää tämän avun sinulle.
arrangement-other = Työntekijäsi kertoo, miten saat tämän avun.
summary-money = Saat { $amount } tähän: { $wish }. Raha on tähän apuun: { $line }.
decision-title = Rahapäätös
worker-money-title = Raha: { $name }
worker-money-intro = Kirjoita päätös, tukirivit ja rahan käyttö.
decision-start = Alkaa, esimerkiksi 1.9.2026
decision-end = Päättyy, esimerkiksi 28.2.2027
decision-granted = Summa euroina
decision-reference = Päätöksen numero
decision-follow-up = Seuraava seurantatapaaminen, esimerkiksi 15.12.2026
line-name = Tukirivin nimi selkokielellä
line-amount = Summa euroina
line-arrangement = Miten tuki järjestetään
line-wishes = Mihin suunnitelman kohtaan raha on
line-add = Lisää tukirivi
spending-date = Päivä, esimerkiksi 3.9.2026
spending-amount = Summa euroina
spending-line = Tukirivi
spending-description = Lyhyt kuvaus
spending-add = Lisää rahan käyttö
spending-reverse = Korjaa ja peru tämä
import-title = Tuo rahan käyttö tiedostosta
import-help = Tiedostossa on 5 saraketta. Ne ovat päivä, summa, tukirivi, kuvaus ja tunniste.
import-file = Tiedosto
import-upload = Näytä rivit
import-preview = Tiedostossa on { $all ->
        [one] 1 rivi
       *[other] { $all } riviä
    }. Niistä { $good } on kunnossa.
import-row = Rivi
import-ok = Kunnossa:
import-wrong = Virhe:
import-confirm = { $good ->
        [one] Tallenna 1 rivi
       *[other] Tallenna { $good } riviä
    }
import-cancel = Peru tuonti
import-problem-shape = Rivillä pitää olla 5 kenttää.
import-problem-date = Päivä on väärin. Kirjoita päivä näin: 3.9.2026.
import-problem-period = Päivä ei ole päätöksen aikana. Tarkista päivä.
import-problem-amount = Summa on väärin. Kirjoita euroina, esimerkiksi 45,50.
import-problem-line = Tukiriviä ei löydy. Tarkista nimi.
import-problem-reference = Tunniste puuttuu.
import-problem-duplicate = Rivi on jo tuotu aiemmin.
import-file-empty = Tiedosto on tyhjä.
import-file-header = Ensimmäinen rivi on väärin. Katso ohje.
error-amount-empty = Kirjoita summa euroina. Esimerkiksi 120.
error-amount-text = Kirjoita summa numeroina. Esimerkiksi 120.
error-amount-negative = Kirjoita summa ilman miinusta. Onko summa väärin? Paina Korjaa ja peru tämä.
error-amount-decimals = Kirjoita enintään 2 desimaalia. Esimerkiksi 12,50.
error-amount-large = Summa on liian suuri.
error-date-empty = Kirjoita päivä.
error-date = Kirjoita päivä näin: 3.9.2026.
error-period-order = Loppupäivä on ennen alkupäivää. Korjaa päivät.
error-text-empty = Kirjoita tähän jotain.
error-text-long = Teksti on liian pitkä.
error-arrangement = Valitse, miten tuki järjestetään.
error-wish-missing = Valitse vähintään 1 toive.
error-line-missing = Valitse tukirivi.
error-money-changed = Joku muutti tätä samaan aikaan. Tekstisi on tallessa. Tarkista ja tallenna.
error-form-resent = Lähetit tämän lomakkeen jo. Tarkista tiedot ja lähetä ne uudelleen.
about-budget = Sen jälkeen saat päätöksen rahasta. Rahalla saat apua, jonka itse valitset. Tämän nimi on henkilökohtainen budjetti.
money-pace-time = Aikaa on mennyt { $gone ->
        [one] 1 kuukausi
       *[other] { $gone } kuukautta
    }. Koko aika on { $total ->
        [one] 1 kuukausi
       *[other] { $total } kuukautta
    }.
money-pace-used = Olet käyttänyt { $used }. Sinulla on vielä { $left }.
help-link = Apua
help-title = Apua
help-intro = Tällä sivulla kerromme, miten Sopiva toimii.
help-use-title = Näin käytät Sopivaa
help-use-text = Jokaisella sivulla on yksi kysymys. Vastaa kysymykseen. Paina sitten Jatka. Nappi Kuuntele lukee tekstin ääneen.
help-sign-in-title = Näin tulet Sopivaan
help-sign-in-text = Kirjoita kortin koodi. Voit myös näyttää kortin kortinlukijalle. Paina sitten omat kuvasi oikeassa järjestyksessä. Älä kerro kuvia muille.
help-card-title = Jos kortti katoaa
help-card-text = Kerro siitä heti työntekijällesi. Työntekijäsi antaa sinulle uuden kortin. Vanha kortti ei sen jälkeen käy. Valitset uudet kuvat.
help-call-title = Keneltä voit kysyä
help-call-text = Soita työntekijällesi. Et ehkä tiedä numeroa. Tule silloin Omatorille. Sieltä saat apua.
help-done-title = Kun lopetat
help-done-text = Paina Olen valmis. Silloin muut eivät näe tietojasi. Tee näin aina yhteisellä koneella.
help-words-title = Sanoja, joita Sopivassa on
explain-what = Mitä tarkoittaa { $word }?
glossary-budget = henkilökohtainen budjetti
glossary-budget-text = Saat rahaa apuun, jota tarvitset. Sinä valitset, millaista apua saat. Teet ensin oman suunnitelman. Sen jälkeen saat päätöksen rahasta.
glossary-decision = päätös
glossary-decision-text = Päätös on kirje. Siinä lukee, kuinka paljon rahaa saat apuun. Siinä lukee myös, kuinka kauan saat rahaa. Kysy työntekijältäsi, jos et ymmärrä päätöstä.
glossary-follow-up = seuranta
glossary-follow-up-text = Seuranta on tapaaminen työntekijäsi kanssa. Tapaatte ainakin 3 kuukauden välein. Katsotte yhdessä, miten sinulla menee. Voitte myös muuttaa suunnitelmaa.
glossary-voucher = palveluseteli
glossary-voucher-text = Palveluseteli on kuin lahjakortti. Sillä maksat avun yritykselle. Sinä valitset yrityksen.
glossary-county = hyvinvointialue
glossary-county-text = Hyvinvointialue antaa ihmisille apua ja hoitoa. Työntekijäsi tekee työtä hyvinvointialueella.
glossary-permission = lupa
glossary-permission-text = Lupa kertoo, mitä läheisesi saa tehdä Sopivassa. Sinä annat luvan. Voit ottaa luvan pois milloin tahansa.
