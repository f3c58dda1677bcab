# Sopiva: selkokieli (plain Finnish). This is the default language.
# Rules: short sentences, everyday words, speak to the reader as "sinä". See README.

app-name = Sopiva
lang-name = Suomi
language-choice = Valitse kieli
skip-to-content = Siirry sisältöön
done-button = Olen valmis
footer-text = Sopiva auttaa sinua suunnittelemaan hyvää elämää.
back = Takaisin
continue = Jatka
change = Muuta
error-prefix = Virhe:
error-summary-title = Korjaa nämä asiat
go-to-start = Mene alkuun
go-home = Mene omalle sivullesi

not-found-title = Sivua ei löydy
not-found-text = Tarkista sivun osoite.
problem-title = Jokin meni vikaan
problem-text = Tietosi ovat tallessa. Yritä pian uudelleen.
error-not-signed-in = Kirjaudu ensin sisään.
error-not-found = Sivua ei löydy.
error-internal = Jokin meni vikaan. Yritä pian uudelleen.

start-title = Tervetuloa Sopivaan
start-intro = Täällä voit kirjoittaa oman suunnitelman. Voit myös katsoa sitä myöhemmin.
code-label = Kirjautumiskoodi
code-hint = Saat koodin työntekijältäsi. Kirjoita koodi tähän.
sign-in-button = Kirjaudu
error-wrong-code = Koodi ei käy. Tarkista koodi ja kirjoita se uudelleen.
signed-out = Olet kirjautunut ulos. Tietosi ovat tallessa.
demo-title = Kokeile Sopivaa
demo-text = Tämä on kokeiluversio. Voit kirjautua näillä koodeilla.

home-greeting = Hei, { $name }!
home-unfinished = Suunnitelmasi on kesken. Voit jatkaa siitä, mihin jäit.
home-continue = Jatka suunnitelmaa
home-write-plan = Kirjoita suunnitelma

plan-title = Hyvän elämän suunnitelma
plan-step = Vaihe { $current } / { $total }

section-important = Minulle on tärkeää
section-good-at = Olen hyvä
section-helpers = Minua auttavat
section-need-help = Tarvitsen apua
section-support = Haluan tukea näin
section-goals = Tavoitteeni

question-important = Mikä sinulle on tärkeää?
question-good-at = Missä olet hyvä?
question-helpers = Ketkä auttavat sinua?
question-need-help = Missä tarvitset apua?
question-support = Millaista tukea haluat?
question-goals = Mitkä ovat tavoitteesi?

hint-important = Kirjoita yksi asia yhdelle riville. Voit jättää tämän tyhjäksi.
hint-good-at = Mitä osaat hyvin? Mistä ihmiset pitävät sinussa?
hint-helpers = Esimerkiksi perhe, ystävät, työntekijät tai apuvälineet.
hint-need-help = Kirjoita yksi asia yhdelle riville.
hint-support = Kuka auttaa? Milloin? Miten?
hint-goals = Voit kirjoittaa enintään kolme tavoitetta.

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

error-too-long = Teksti on liian pitkä. Poista { $over } kirjainta.
error-goal-missing = Kirjoita ensin tavoite.
error-changed-by-other = Joku muutti tätä vastausta samaan aikaan. Sinun tekstisi on tallessa. Tarkista teksti ja paina Jatka.

check-title = Tarkista vastauksesi
check-intro = Tässä ovat kaikki vastauksesi. Voit muuttaa niitä.
check-save-hint = Kun vastaukset ovat valmiit, tallenna suunnitelma.
save-plan = Tallenna suunnitelma
not-answered = Et vastannut tähän.
error-plan-empty = Kirjoita ainakin yksi vastaus ennen tallennusta.

saved-title = Suunnitelma on tallennettu
versions-title = Tallennetut suunnitelmat
versions-none = Et ole vielä tallentanut suunnitelmaa.
version-title = Versio { $number }
version-saved-by = Tallensi { $name } ({ $role }) { $when }.
role-client = asiakas
role-helper = läheinen
role-worker = työntekijä
summary-link = Suunnitelma tulostusta varten
summary-print-hint = Voit tulostaa tämän sivun. Paina selaimessa Tulosta.

datetime = { $weekday } { $day }. { $month } { $year } kello { $hour }.{ $minute }
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
setting-contrast = Suuri kontrasti
setting-symbols = Kuvat
setting-speech = Lue ääneen

kiosk-title = Kioskitila
kiosk-text = Työntekijä voi tehdä tästä laitteesta yhteisen kioskin.
kiosk-is-on = Tämä laite on yhteinen kioski.
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
about-text = Sopiva on palvelu henkilökohtaiseen budjetointiin. Voit kirjoittaa siinä oman suunnitelman.
about-symbols-title = Kuvat
about-symbols-text = Kuvat tulevat OpenMoji-kuvasarjasta.
symbols-credit = OpenMoji. Lisenssi CC BY-SA 4.0.
about-feedback-title = Palaute
about-feedback-text = Onko Sopivaa vaikea käyttää? Kerro siitä työntekijällesi. Vastaamme kahden viikon sisällä.
listen = Kuuntele
stop-listening = Lopeta
listen-answer = Kuuntele vastaus: { $section }
setting-browser-voice = Selaimen oma ääni
