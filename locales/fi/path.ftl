## The personal-budget path (issue 14): the stages, the explanation page, earlier periods.

path-title = Missä suunnitelmani on nyt
path-now = Suunnitelmasi on nyt tässä:
path-next = Seuraava askel:
path-next-on = Päivä: { $date }
path-stage-writing = Kirjoitan suunnitelmani.
path-stage-worker-reads = Työntekijäni lukee suunnitelmani.
path-stage-group = Ryhmä katsoo suunnitelmani.
path-stage-decided = Päätös on valmis.
path-stage-in-use = Käytän budjettiani.
path-stage-follow-up = Seuranta: puhumme, miten on mennyt.
path-stage-ended = Aika loppuu. Teen uuden suunnitelman.
path-text-writing = Kirjoitat, millaista elämää haluat. Kerrot, millaista apua tarvitset. Voit kirjoittaa yhdessä toisen kanssa.
path-text-worker-reads = Työntekijäsi lukee suunnitelmasi. Hän kysyy, jos jokin on epäselvä.
path-text-group = Joskus ryhmä katsoo suunnitelman. Ryhmässä on työntekijöitä. Ryhmä antaa neuvon.
path-text-decided = Hyvinvointialue tekee päätöksen. Päätöksessä lukee, paljonko rahaa saat. Päätös on voimassa 3–6 kuukautta.
path-text-in-use = Käytät rahaa apuun, jonka itse valitset. Sopivasta näet, paljonko rahaa on jäljellä.
path-text-follow-up = Tapaat työntekijäsi. Puhutte, miten on mennyt. Tapaatte vähintään 3 kuukauden välein.
path-text-ended = Aika loppuu. Teet uuden suunnitelman. Voit aloittaa vanhasta suunnitelmasta.
about-hb-title = Mikä on henkilökohtainen budjetti?
about-hb-intro = Henkilökohtainen budjetti on raha apuun. Sinä päätät, millaista apua saat. Rahalla voit ostaa apua itse.
about-hb-path-title = Näin asia etenee
about-hb-who-title = Kuka tekee mitä
about-hb-who-you = Sinä kirjoitat suunnitelman. Sinä valitset apusi.
about-hb-who-worker = Työntekijä auttaa sinua. Hän kirjoittaa päätöksen Sopivaan.
about-hb-who-county = Hyvinvointialue tekee päätöksen rahasta.
periods-link = Aiemmat päätökset rahasta
periods-title = Aiemmat päätökset rahasta
periods-title-other = Aiemmat päätökset rahasta: { $name }
periods-intro = Tässä ovat kaikki päätökset rahasta. Uusin on ensimmäisenä.
periods-none = Sinulla ei ole vielä päätöstä rahasta.
periods-current = Tämä päätös on nyt käytössä.
periods-dates = Aika: { $start } – { $end }
periods-granted = Sait { $amount }.
periods-used = Käytit { $amount }.
periods-follow-ups = Seurannan tapaamiset
periods-follow-up-none = Ei tapaamisia.
periods-follow-up-done = { $date }: tapasitte.
periods-follow-up-open = { $date }: ei tapaamista vielä.
periods-wellbeing = Hyvinvointi alusta loppuun
periods-wellbeing-better = { $count ->
    [one] 1 asia meni paremmaksi.
   *[other] { $count } asiaa meni paremmaksi.
}
periods-wellbeing-same = { $count ->
    [one] 1 asia pysyi samana.
   *[other] { $count } asiaa pysyi samana.
}
periods-wellbeing-worse = { $count ->
    [one] 1 asia meni huonommaksi.
   *[other] { $count } asiaa meni huonommaksi.
}
worker-path-link = Suunnitelman vaihe ja kustannukset
worker-path-title = Suunnitelman vaihe: { $name }
worker-path-now = Vaihe nyt
worker-path-none = Vaihetta ei ole vielä kirjattu.
worker-path-history = Kaikki vaiheet
worker-path-event = { $stage } Kirjasi: { $who }, { $when }.
worker-path-event-next = Seuraava askel: { $date }.
worker-path-rule = Sopiva, kun suunnitelma tallennettiin
worker-path-move = Siirrä suunnitelma vaiheeseen
worker-path-stage-label = Uusi vaihe
worker-path-next-on-label = Seuraavan askeleen päivä, esimerkiksi 15.1.2027
worker-path-next-on-hint = Ei pakollinen. Asiakas näkee päivän etusivullaan.
worker-path-note-label = Asiakasohjausryhmän suositus tai muistiinpano
worker-path-note-hint = Ei pakollinen. Asiakas ei näe tätä tekstiä.
worker-path-save = Tallenna vaihe
worker-path-saved = Vaihe on tallennettu.
worker-cost-title = Päätökset ja aiempi järjestely
worker-cost-intro = Kirjaa jokaiseen päätökseen aiempi järjestely. Se on palvelut ja palvelusetelit, jotka asiakkaalla oli ennen. Tai se on arvio perinteisestä järjestämisestä. Asiakas ei näe näitä tietoja.
worker-cost-period = { $start } – { $end }: budjetti { $amount }
worker-cost-none = Aiempaa järjestelyä ei ole vielä kirjattu tähän päätökseen.
worker-cost-caption = Henkilökohtainen budjetti ja aiempi järjestely
worker-cost-col-month = Kuukaudessa
worker-cost-col-period = Koko jaksolla ({ $months ->
    [one] 1 kuukausi
   *[other] { $months } kuukautta
})
worker-cost-row-budget = Henkilökohtainen budjetti
worker-cost-row-earlier = Aiempi järjestely
worker-cost-row-difference = Erotus, budjetti miinus aiempi
worker-cost-what = Palvelu tai palveluseteli
worker-cost-kind = Tiedon laji
worker-cost-kind-before = Asiakkaalla ollut aiemmin
worker-cost-kind-estimate = Arvio perinteisestä järjestämisestä
worker-cost-monthly = Kustannus kuukaudessa euroina
worker-cost-add = Lisää aiempi palvelu
worker-cost-save = Tallenna rivi
worker-cost-saved = Rivi on tallennettu.
worker-cost-next-decision = Kirjaa seuraava päätös
