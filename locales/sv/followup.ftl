## Follow-up ("Seuranta"): dates, preparing, the meeting.

followup-title = Uppföljning
followup-explain = Vid uppföljningen träffar du din kontaktperson. Ni tittar på hur din plan fungerar. Det sker minst en gång på 3 månader.
followup-next = Nästa uppföljning är { $date }.
followup-late = Uppföljningen skulle vara { $date }. Den är inte gjord än.
followup-invite = Du kan förbereda dig för uppföljningen nu.
followup-prepare = Förbered dig för uppföljningen
followup-none = Du har ingen uppföljning just nu.
followup-prepare-intro = Svara på några frågor. Sopiva sparar varje svar direkt. Du kan fortsätta senare.
followup-start = Börja
followup-money-title = Dina pengar den här perioden
followup-history-title = Tidigare uppföljningar
followup-check-title = Titta på dina svar
followup-check-intro = Dina svar är sparade. Din kontaktperson ser dem vid uppföljningen.
followup-change-title = Vill du ändra ett svar?
followup-question-wish = Hur gick det: { $wish }?
followup-question-item = Hur gick det?
followup-question-works = Vad fungerar?
followup-question-not-works = Vad fungerar inte?
followup-question-change = Vad vill du ändra?
followup-hint-works = Berätta vad som har gått bra.
followup-hint-not-works = Berätta vad som har varit svårt.
followup-hint-change = Berätta vad du vill göra på annat sätt.
followup-words-label = Du kan berätta med egna ord
followup-words-hint = Välj en bild. Du kan också skriva med egna ord.
followup-step = Steg { $current } av { $total }
followup-error-too-long = Texten är för lång. { $over ->
        [one] Ta bort 1 bokstav.
       *[other] Ta bort { $over } bokstäver.
    }
followup-error-changed = Någon annan sparade det här nyss. Din text finns kvar. Titta på texten och tryck Fortsätt.
followup-saved-now = En annan person sparade den här texten:
followup-rating-good = Bra
followup-rating-so-so = Sådär
followup-rating-not-good = Dåligt
followup-by = { $role ->
        [client] { $name } skrev det här.
        [helper] Närstående { $name } skrev det här.
       *[worker] { $name } i personalen skrev det här.
    }
followup-not-answered = Inget svar.
followup-history-entry = Uppföljning { $date }
followup-notes-title = Anteckningar från mötet
followup-agreed-title = Det ni kom överens om
followup-agreed = En ny sak i planen: { $text }
followup-new-version = Se den nya planen: version { $number }
followup-completed-by = { $name } sparade uppföljningen.
followup-history-none = Det finns inga tidigare uppföljningar än.
followup-completed = Uppföljningen är sparad.
followup-date-added = Dagen för uppföljningen är sparad.
followup-error-date = Skriv dagen så här: 15.3.2027.
followup-error-date-taken = Det finns redan en uppföljning den dagen. Välj en annan dag.
followup-meeting-title = Uppföljning: { $name }
followup-meeting-answers = Klientens svar
followup-meeting-form = Mötet
followup-notes-label = Anteckningar
followup-change-section-label = Vilken del av planen gäller ändringen?
followup-change-none = Ingen ändring
followup-change-text-label = Ändringen ni kom överens om
followup-change-text-hint = Ändringen blir en ny version av planen. Resten av planen blir som förut.
followup-complete = Spara uppföljningen
followup-meeting-intro = Titta på svaren tillsammans med klienten. Skriv anteckningar och ändringen ni kom överens om.
followup-meeting-none = Klienten har ingen uppföljning just nu.
followup-dates-title = Dagar för uppföljning
followup-date-done = { $date }: uppföljningen är gjord
followup-date-open = { $date }: uppföljningen är inte gjord
followup-add-date-label = Ny dag för uppföljning
followup-add-date-hint = Skriv dagen så här: 15.3.2027
followup-add-date = Lägg till dagen
followup-error-meeting-long = Texten är för lång. Gör texten kortare.
followup-error-section = Välj den del av planen som ändringen gäller.
followup-caseload-next = Nästa uppföljning: { $date }
followup-caseload-late = Uppföljningen är sen. Dagen var { $date }.
followup-meeting-link = Uppföljningsmöte
