## Follow-up ("Seuranta"): dates, preparing, the meeting.

followup-title = Follow-up
followup-explain = At a follow-up, you meet your worker. You look at how your plan works. It happens at least every 3 months.
followup-next = Your next follow-up is { $date }.
followup-late = Your follow-up was due { $date }. It has not happened yet.
followup-invite = You can get ready for the follow-up now.
followup-prepare = Get ready for the follow-up
followup-none = You have no follow-up coming up now.
followup-prepare-intro = Answer a few questions. Each answer is saved at once. You can go on later.
followup-start = Start
followup-money-title = Your money in this period
followup-history-title = Earlier follow-ups
followup-check-title = Check your answers
followup-check-intro = Your answers are saved. Your worker sees them at the follow-up.
followup-change-title = Do you want to change an answer?
followup-question-wish = How did it go: { $wish }?
followup-question-item = How did it go?
followup-question-works = What works?
followup-question-not-works = What does not work?
followup-question-change = What should change?
followup-hint-works = Tell what has gone well.
followup-hint-not-works = Tell what has been hard.
followup-hint-change = Tell what you want to do differently.
followup-words-label = You can tell it in your own words
followup-words-hint = Choose one picture. You can also write in your own words.
followup-step = Step { $current } of { $total }
followup-error-too-long = The text is too long. { $over ->
        [one] Take away 1 letter.
       *[other] Take away { $over } letters.
    }
followup-error-changed = Someone else saved this just now. Your text is kept. Check the text and press Continue.
followup-saved-now = Another person saved this text:
followup-rating-good = Good
followup-rating-so-so = So-so
followup-rating-not-good = Not good
followup-by = { $role ->
        [client] { $name } wrote this.
        [helper] { $name }, someone close to you, wrote this.
       *[worker] { $name }, a worker, wrote this.
    }
followup-not-answered = No answer.
followup-history-entry = Follow-up { $date }
followup-notes-title = Notes from the meeting
followup-agreed-title = The agreed change
followup-agreed = A new thing in the plan: { $text }
followup-new-version = See the new plan: version { $number }
followup-completed-by = { $name } saved the follow-up.
followup-history-none = There are no earlier follow-ups yet.
followup-completed = The follow-up is saved.
followup-date-added = The follow-up date is saved.
followup-error-date = Write the date like this: 15.3.2027.
followup-error-date-taken = There is a follow-up on that day already. Choose another day.
followup-meeting-title = Follow-up: { $name }
followup-meeting-answers = The client's answers
followup-meeting-form = The meeting
followup-notes-label = Notes
followup-change-section-label = Which part of the plan does the change go to?
followup-change-none = No change
followup-change-text-label = The agreed change
followup-change-text-hint = The change makes a new version of the plan. The rest of the plan stays the same.
followup-complete = Save the follow-up
followup-meeting-intro = Look at the answers together with the client. Write the notes and the agreed change.
followup-meeting-none = The client has no follow-up coming up now.
followup-dates-title = Follow-up dates
followup-date-done = { $date }: the follow-up is done
followup-date-open = { $date }: the follow-up is still to do
followup-add-date-label = New follow-up date
followup-add-date-hint = Write the date like this: 15.3.2027
followup-add-date = Add the date
followup-error-meeting-long = The text is too long. Make the text shorter.
followup-error-section = Choose the part of the plan the change goes to.
followup-caseload-next = Next follow-up: { $date }
followup-caseload-late = The follow-up is late. The date was { $date }.
followup-meeting-link = Follow-up meeting
