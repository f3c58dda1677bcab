## Wellbeing at the start and the end, the satisfaction survey and the summaries.

## Kierrokset: hyvinvointi alussa ja lopussa, ja kysely.
wellbeing-link = Hyvinvointini
wellbeing-title = Hyvinvointi: { $name }
wellbeing-intro = Kerro, miten sinulla menee. Vastaat kuudesta asiasta. Vastaat kerran budjetin alussa ja kerran lopussa. Näin näet, mikä muuttui.
wellbeing-start-title = Hyvinvointi budjetin alussa
wellbeing-end-title = Hyvinvointi budjetin lopussa
survey-title = Palautekysely
wellbeing-offer = Kerro, miten sinulla menee. Kysymyksiä on 6.
survey-offer = Kerro, mitä pidit tästä budjetista. Kysymyksiä on 4.
wellbeing-answer = Vastaa
wellbeing-open = Tähän voi vastata nyt.
wellbeing-not-open = Tähän voi vastata budjetin viimeisenä kuukautena.
wellbeing-done = Vastattu.
wellbeing-back = Takaisin hyvinvointiin
wellbeing-period = Budjettisi alkaa { $start }. Se päättyy { $end }.
wellbeing-no-period = Sinulla ei ole vielä budjettia. Kysymykset tulevat, kun budjetti alkaa.
wellbeing-step = Kysymys { $current } / { $total }
wellbeing-hint = Valitse yksi kuva. Sen vieressä on sana.

## Kysymykset. Jokaisessa on sama asteikko.
wellbeing-q-feel = Miten voit nyt?
wellbeing-q-people = Miten sinulla menee läheisten ihmisten kanssa?
wellbeing-q-health = Miten kehosi ja terveytesi voivat?
wellbeing-q-everyday = Miten arkesi sujuu?
wellbeing-q-hobbies = Miten pääset tekemään asioita, joista pidät?
wellbeing-q-decide = Miten saat itse päättää omista asioistasi?
survey-q-heard = Miten hyvin ihmiset kuuntelivat sinua, kun teit suunnitelmaa?
survey-q-choose = Miten sait itse päättää, mihin raha meni?
survey-q-got-help = Miten sait apua, kun tarvitsit sitä?
survey-q-easy = Miten Sopivan käyttö sujui?
wellbeing-area-feel = Oma olo
wellbeing-area-people = Läheiset ihmiset
wellbeing-area-health = Terveys ja keho
wellbeing-area-everyday = Arki
wellbeing-area-hobbies = Mieluisa tekeminen
wellbeing-area-decide = Omat päätökset
survey-item-heard = Ihmiset kuuntelivat sinua
survey-item-choose = Sait päättää rahasta
survey-item-got-help = Sait apua
survey-item-easy = Sopivan käyttö
wb-scale-1 = Tosi huonosti
wb-scale-2 = Huonosti
wb-scale-3 = Siltä väliltä
wb-scale-4 = Hyvin
wb-scale-5 = Tosi hyvin
survey-comment-label = Haluatko sanoa vielä jotain?
survey-comment-shown = Kommentti: { $comment }
survey-comment-hint = Voit kirjoittaa omin sanoin. Voit myös jättää tämän tyhjäksi. Tähän mahtuu { $max } merkkiä.

## Viimeinen sivu.
wellbeing-finish-title = Tarkista vastauksesi
wellbeing-finish-intro = Tässä ovat vastauksesi.
wellbeing-support-legend = Vastasitko yksin?
wellbeing-support-alone = Vastasin yksin
wellbeing-support-helped = Joku auttoi minua
wellbeing-finish-lock = Kun painat Valmis, vastaukset tallentuvat. Sen jälkeen niitä ei voi muuttaa.
wellbeing-finish-button = Valmis
wellbeing-locked = Olet jo vastannut tähän. Vastauksia ei voi enää muuttaa.
wellbeing-closed = Tähän ei voi vastata nyt.
answered-client-alone = { $name } vastasi yksin.
answered-client-helped = { $name } vastasi. Joku auttoi häntä.
answered-relative = Läheinen { $name } vastasi.
answered-with-worker = Työntekijä { $name } auttoi vastaamaan.

## Ilmoitukset.
wellbeing-error-empty = Valitse yksi kuva. Paina sitten Jatka.
wellbeing-error-support = Kerro, vastasitko yksin.
wellbeing-error-changed = Joku toinen muutti vastauksia juuri. Valintasi on tallessa. Tarkista se ja paina Jatka uudelleen.
wellbeing-error-locked = Olet jo vastannut tähän. Vastauksia ei voi enää muuttaa.
wellbeing-error-long = Kommentti on liian pitkä. Lyhennä sitä.
wellbeing-error-missing = Tähän kysymykseen puuttuu vastaus. Vastaa ensin tähän.
wellbeing-error-no-period = Sinulla ei ole budjettia. Siksi kysymyksiä ei ole nyt.
wellbeing-error-not-yet = Tähän voi vastata budjetin viimeisenä kuukautena.
wellbeing-error-resent = Lähetit tämän lomakkeen jo. Tarkista luvut ja tallenna uudelleen.
wellbeing-saved = Kiitos! Vastauksesi ovat tallessa.

## Muutos alusta loppuun.
wb-change-link = Katso, mikä muuttui
wb-change-title = Mikä muuttui?
wb-change-title-other = Mikä muuttui: { $name }
wb-change-intro = Tässä näet, miten vastasit alussa ja lopussa.
wb-change-outro = Voit puhua näistä työntekijäsi kanssa.
wb-change-none = Muutosta ei voi vielä näyttää. Sinun pitää ensin vastata alussa ja lopussa.
wb-change-better = { $area }: parempi kuin alussa
wb-change-same = { $area }: sama kuin alussa
wb-change-worse = { $area }: nyt vaikeampaa kuin alussa
wb-change-at-start = Alussa: { $word }
wb-change-at-end = Lopussa: { $word }

## Kykyviisari. Työntekijä kirjaa tuloksen.
kyky-title = Kykyviisari
kyky-record-link = Kirjaa Kykyviisarin tulos
kyky-form-title = Kykyviisarin tulos: { $name }
kyky-form-intro = Asiakas täytti Kykyviisarin muualla. Kirjoita tähän tulos. Jokainen luku on 0–10.
kyky-date-label = Täyttöpäivä
kyky-date-hint = Kirjoita päivä näin: 3.11.2026.
kyky-overall-label = Kokonaisluku
kyky-areas-legend = Viisi osa-aluetta
kyky-area-mental = Henkinen hyvinvointi
kyky-area-social = Sosiaalinen osallisuus
kyky-area-physical = Fyysinen toimintakyky
kyky-area-skills = Osaaminen
kyky-area-everyday = Arjen sujuvuus
kyky-result-heading = Kykyviisari { $date }
kyky-overall-value = Kokonaisluku: { $value } / 10
kyky-area-value = { $area }: { $value } / 10
kyky-entered-by = Kirjasi: { $name }
kyky-saved = Kykyviisarin tulos on tallessa.
kyky-error-date-missing = Kirjoita päivä.
kyky-error-date-wrong = Kirjoita päivä näin: 3.11.2026.
kyky-error-date-future = Tämä päivä on vasta tulossa. Kirjoita päivä, jona asiakas täytti Kykyviisarin.
kyky-error-number-missing = Kirjoita luku 0–10.
kyky-error-number-wrong = Kirjoita kokonainen luku väliltä 0–10.

## Työntekijän yhteenveto.
wb-summary-title = Yhteenveto hyvinvoinnista
wb-summary-intro = Tässä ovat vain määrät. Jos ryhmässä on alle 5 ihmistä, lukuja ei näytetä. Näin ketään ei tunnisteta.
wb-summary-caseload = Omat asiakkaasi
wb-summary-service = Koko palvelu
wb-summary-wellbeing = Hyvinvointi alusta loppuun
wb-summary-satisfaction = Palautekysely
wb-summary-people = Ihmisiä: { $count }
wb-summary-hidden = Ryhmässä on alle { $min } ihmistä. Siksi lukuja ei näytetä.
wb-summary-area = Asia
wb-summary-item = Kysymys
wb-summary-improved = Parani
wb-summary-same = Pysyi samana
wb-summary-declined = Heikkeni
caseload-wellbeing = Hyvinvointi: alussa { $start }, lopussa { $end }.
caseload-wb-there = vastattu
caseload-wb-missing = puuttuu
caseload-wb-no-period = Hyvinvointi: asiakkaalla ei ole budjettia.
