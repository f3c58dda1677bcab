## Follow-up ("Seuranta"): dates, preparing, the meeting.

followup-title = Seuranta
followup-explain = Seurannassa katsot työntekijäsi kanssa, miten suunnitelmasi toimii. Seuranta on ainakin kerran 3 kuukaudessa.
followup-next = Seuraava seuranta on { $date }.
followup-late = Seurannan päivä oli { $date }. Seuranta on vielä tekemättä.
followup-invite = Seuranta on pian. Voit valmistautua nyt.
followup-prepare = Valmistaudu nyt
followup-none = Sinulla ei ole nyt seurantaa tulossa.
followup-prepare-intro = Vastaa muutamaan kysymykseen. Jokainen vastaus tallentuu heti. Voit jatkaa myöhemmin.
followup-start = Aloita
followup-money-title = Rahasi tällä jaksolla
followup-history-title = Aiemmat seurannat
followup-check-title = Tarkista vastauksesi
followup-check-intro = Vastauksesi on tallennettu. Työntekijäsi näkee ne seurannassa.
followup-change-title = Haluatko muuttaa vastausta?
followup-question-wish = Miten meni: { $wish }?
followup-question-item = Miten meni?
followup-question-works = Mikä toimii?
followup-question-not-works = Mikä ei toimi?
followup-question-change = Mitä pitäisi muuttaa?
followup-hint-works = Kerro, mikä on mennyt hyvin.
followup-hint-not-works = Kerro, mikä on ollut vaikeaa.
followup-hint-change = Kerro, mitä haluat tehdä toisin.
followup-words-label = Voit kertoa omin sanoin
followup-words-hint = Valitse yksi kuva. Voit myös kirjoittaa omin sanoin.
followup-step = Vaihe { $current } / { $total }
followup-error-too-long = Teksti on liian pitkä. { $over ->
        [one] Poista 1 kirjain.
       *[other] Poista { $over } kirjainta.
    }
followup-error-changed = Joku muu tallensi tämän juuri. Tekstisi on tallessa. Tarkista teksti ja paina Jatka.
followup-saved-now = Toinen ihminen tallensi tämän tekstin:
followup-rating-good = Hyvin
followup-rating-so-so = Siltä väliltä
followup-rating-not-good = Huonosti
followup-by = { $role ->
        [client] { $name } kirjoitti tämän.
        [helper] Läheinen { $name } kirjoitti tämän.
       *[worker] Työntekijä { $name } kirjoitti tämän.
    }
followup-not-answered = Ei vastausta.
followup-history-entry = Seuranta { $date }
followup-notes-title = Muistiinpanot tapaamisesta
followup-agreed-title = Mitä sovitte muuttaa
followup-agreed = Suunnitelmaan tuli uusi asia: { $text }
followup-new-version = Katso uusi suunnitelma: versio { $number }
followup-completed-by = Työntekijä { $name } tallensi seurannan.
followup-history-none = Aiempia seurantoja ei ole vielä.
followup-completed = Seuranta on tallennettu.
followup-date-added = Seurannan päivä on lisätty.
followup-error-date = Kirjoita päivä näin: 15.3.2027.
followup-error-date-taken = Tälle päivälle on jo seuranta. Valitse toinen päivä.
followup-meeting-title = Seuranta: { $name }
followup-meeting-answers = Asiakkaan vastaukset
followup-meeting-form = Tapaaminen
followup-notes-label = Muistiinpanot
followup-change-section-label = Mihin suunnitelman osaan muutos tulee?
followup-change-none = Ei muutosta
followup-change-text-label = Sovittu muutos
followup-change-text-hint = Muutoksesta tulee uusi versio suunnitelmasta. Muu suunnitelma pysyy samana.
followup-complete = Tallenna seuranta
followup-meeting-intro = Katso vastaukset yhdessä asiakkaan kanssa. Kirjoita muistiinpanot ja sovittu muutos.
followup-meeting-none = Asiakkaalla ei ole nyt seurantaa tulossa.
followup-dates-title = Seurantapäivät
followup-date-done = { $date }: seuranta on tehty
followup-date-open = { $date }: seuranta on tekemättä
followup-add-date-label = Uusi seurantapäivä
followup-add-date-hint = Kirjoita päivä näin: 15.3.2027
followup-add-date = Lisää päivä
followup-error-meeting-long = Teksti on liian pitkä. Lyhennä tekstiä.
followup-error-section = Valitse suunnitelman osa, johon muutos tulee.
followup-caseload-next = Seuraava seuranta: { $date }
followup-caseload-late = Seuranta on myöhässä. Päivä oli { $date }.
followup-meeting-link = Seurannan tapaaminen
