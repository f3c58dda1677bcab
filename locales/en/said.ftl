## Supported decision-making (issue 13): whose words, disagreement, sessions.

said-legend = Whose words are these?
said-choice-own = Their own words
said-choice-pictures = They told it with pictures
said-choice-questions = They answered questions
said-choice-interpreting = Someone close told what they mean
said-choice-note = My own note
said-line = { $how ->
        [note] { $name } wrote this. It is their own note.
       *[other] { $how ->
            [own] Your own words.
            [pictures] You told this with pictures.
            [questions] You answered questions.
           *[interpreting] Someone close told what you mean.
        } { $role ->
            [client] { "" }
           *[other] { $name } wrote this.
        }
    }
disagree-link = I do not agree
disagree-title = I do not agree
disagree-intro = Someone else wrote this. Tell what you think yourself.
disagree-words = What do you think?
disagree-words-hint = You can also leave this empty.
disagree-button = I do not agree
disagree-shown = Does not agree:
error-disagree-long = Your text is too long. Make it a bit shorter.
error-disagree-changed = Someone just changed this. Read it and try again.
supported-intro = You can start a talk with support. Then you see whose words each answer is.
supported-start = Start a talk with support
supported-on = A talk with support is going on now.
supported-on-hint = Each answer shows whose words it is.
supported-end = End the talk
supported-record-title = Talks with support
supported-record-intro = Here you see who was there. You also see whose words the answers are.
supported-record-none = You have no talks with support yet.
supported-record-who = { $name } was there.
supported-record-ended = { $how ->
        [press] Someone ended the talk with the button.
        [idle] The talk ended by itself.
       *[going] The talk is still going on.
    }
supported-record-count = { $count ->
        [0] No answers in the talk.
        [one] One answer in the talk.
       *[other] { $count } answers in the talk.
    }
