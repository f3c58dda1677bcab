# Sopiva: plain English.

app-name = Sopiva
lang-name = English
language-choice = Choose a language
skip-to-content = Skip to content
done-button = I am done
footer-text = Sopiva helps you plan a good life.
back = Back
continue = Continue
change = Change
error-prefix = Error:
error-summary-title = Please fix these things
go-to-start = Go to the start
go-home = Go to your page

not-found-title = Page not found
not-found-text = Check the address of the page.
problem-title = Something went wrong
problem-text = Your information is saved. Try again soon.
problem-ref = Give this number if you tell someone: { $ref }
error-not-signed-in = Sign in first.
error-not-found = Page not found.
error-internal = Something went wrong. Try again soon.

start-title = Welcome to Sopiva
start-intro = Here you can write your own plan. You can also look at it later.
sign-in-button = Sign in
signed-out = You are done. Your information is saved.
demo-title = Try Sopiva

home-greeting = Hello, { $name }!
home-unfinished = Your plan is not finished. You can go on where you stopped.
home-continue = Go on with your plan
home-write-plan = Write your plan

plan-title = Good life plan
plan-step = Step { $current } of { $total }

section-important = What matters to me
section-good-at = What I am good at
section-helpers = People who help me
section-need-help = What I need help with
section-support = The support I want
section-goals = My goals

question-important = What matters to you?
question-good-at = What are you good at?
question-helpers = Who helps you?
question-need-help = What do you need help with?
question-support = What support do you want?
question-goals = What are your goals?

hint-important = Write one thing on each line. You can leave this empty.
hint-good-at = What can you do well? What do people like about you?
hint-helpers = Like your mum, a friend or a worker. Aids can help too, like a wheelchair.
hint-need-help = Write one thing on each line.
hint-support = Who helps? When? How?
hint-goals = You can write up to three goals.

goal-heading = Goal { $number }
goal-label = What do you want?
how-label = How will you know it went well?
how-hint = For example: I go swimming every week.

count-left = You can write { $count ->
    [one] one more letter.
   *[other] { $count } more letters.
}
count-over = The text has { $count ->
    [one] one letter
   *[other] { $count } letters
} too many.

error-too-long = The text is too long. { $over ->
        [one] Take away 1 letter.
       *[other] Take away { $over } letters.
    }
error-goal-missing = Write the goal first.
error-changed-by-other = Someone changed this answer at the same time. Your text is kept. Check the text and press Continue.

check-title = Check your answers
check-intro = Here are all your answers. You can change them.
check-save-hint = When your answers are ready, save the plan.
save-plan = Save the plan
not-answered = You did not answer this.
error-plan-empty = Write at least one answer before you save.

saved-title = Your plan is saved
versions-title = All your plans
versions-none = You have not saved a plan yet.
version-saved-by = { $role ->
        [client] { $name } saved this.
        [helper] { $name }, someone close to you, saved this.
       *[worker] { $name }, a worker, saved this.
    }
version-title = Plan number { $number }
summary-link = Plan for printing
summary-print-hint = You can print this page on paper. Press the printer picture in your device's menu.

datetime = { $weekday } { $day } { $month } { $year } at { $hour }:{ $minute }
date-words = { $weekday } { $day } { $month } { $year }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

settings = Settings
text-size-now = Text size: { $step } of { $steps }
text-bigger = Bigger text
text-smaller = Smaller text
setting-contrast = High contrast
setting-symbols = Pictures
setting-speech = Read aloud

kiosk-title = Kiosk mode
kiosk-text = A worker can make this a shared device.
kiosk-is-on = This device is a shared kiosk.
kiosk-code-label = Kiosk code
kiosk-on = Turn kiosk mode on
kiosk-off = Turn kiosk mode off
kiosk-invite = Touch the screen to start.
timeout-notice = Time ran out. Your information is saved.
kiosk-warning = Time is running out. Do you want more time?
kiosk-seconds = { $count ->
    [one] 1 second
   *[other] { $count } seconds
}
more-time = More time

about-title = About Sopiva
about-text = Sopiva is a website. Here you write your own plan. You say how you want to live. You also say what help you need.
about-symbols-title = Pictures
about-symbols-text = The pictures come from the OpenMoji picture set.
symbols-credit = OpenMoji. Licence CC BY-SA 4.0.
about-feedback-title = Feedback
about-feedback-text = Is Sopiva hard to use? Tell your worker. We answer within two weeks.
listen = Listen
stop-listening = Stop
listen-answer = Listen to the answer: { $section }
setting-browser-voice = The device's own voice

# Sign-in with a card and pictures (issue 5)
code-label = Card code
code-hint = Your worker gives you the card. There is a code on the card. Write the code here. Or show the card to the card reader.
error-wrong-code = The card does not work. Check the code and write it again.
error-card-expired = The time for this card has run out. Ask a worker for a new card.
demo-text = This is a test version. Sign in with these cards and pictures.
pictures-title = Choose your pictures
pictures-hint = Press 4 pictures in the right order.
pictures-choose-title = Choose 4 pictures for you
pictures-choose-hint = Choose 4 pictures you can remember. You sign in with them.
pictures-confirm-title = Choose the same pictures again
pictures-confirm-hint = Press the same 4 pictures again. Use the same order.
pictures-again = Good! Now choose the same pictures again.
pictures-progress = You have chosen { $chosen ->
        [one] 1 picture
       *[other] { $chosen } pictures
    }. Choose { $total ->
        [one] 1 picture
       *[other] { $total } pictures
    } in all.
pictures-undo = Take away the last picture
pictures-restart = Start again
pictures-cancel = Stop and go to the start
error-pictures-wrong = The pictures were wrong. Try again.
error-pictures-wait = { $minutes ->
        [one] Wait 1 minute.
       *[other] Wait { $minutes } minutes.
    } Then try again.
error-pictures-locked = You pressed the wrong pictures many times. Now your pictures do not work. Ask your worker to open them.
error-pictures-mismatch = The pictures were different from the first time. Choose them again.
pin-dog = Dog
pin-cat = Cat
pin-sun = Sun
pin-house = House
pin-car = Car
pin-tree = Tree
pin-apple = Apple
pin-fish = Fish
pin-flower = Flower
pin-ball = Ball
pin-star = Star
pin-bicycle = Bicycle
save = Save
error-forbidden = You cannot open this page.
forbidden-text = Sopiva tells the person whose information this is.
home-other = Plan: { $name }
choose-title = Whose plan do you want to look at?
choose-none = You cannot look at anyone's information right now.
relatives-title = People close to you
relatives-intro = Someone close to you can help you. You decide what they may do.
relatives-wait = Should someone close to you do more? This starts tomorrow. This gives you time to think. Your worker can start it at once.
relatives-none = There is nobody on this list yet. Your worker can add someone close to you.
relatives-may = { $name } may
relatives-saved = Saved.
relatives-waiting = The new permission starts { $when }.
right-read-plan = look at your plan
right-write-plan = write in your plan
right-see-money = look at your money
log-title = Who looked at your information
log-intro = Here you see who looked at your information. You also see who changed it. You also see if someone tried without permission. Does something look odd? Tell your worker.
log-empty = Nobody else has looked at your information.
log-line = { $name }{ $who ->
        [relative] , close to you,
        [other] , someone else,
       *[worker] , a worker,
    } { $denied ->
        [yes] tried to { $what ->
            [read_plan] look at your plan
            [write_plan] change your plan
            [open] open your information
            [sign_in] change your card or pictures
            [relatives] change the permissions
            [read_log] see who saw your data
            [read_money] look at your money
            [write_money] change your money details
            [record_spending] write down your spending
            [issue_card] give you a new card
            [reset_pin] reset your pictures
            [caseload] change your workers
            [supported_start] start a talk with support
            [supported_end] end a talk with support
            [supported_idle] continue a talk with support
            [download] download all your information
           *[other] look at your information
        }. Sopiva stopped this.
       *[no] { $what ->
            [read_plan] looked at your plan
            [write_plan] changed your plan
            [open] opened your information
            [sign_in] changed your card or pictures
            [relatives] changed the permissions
            [read_log] looked at who saw your data
            [read_money] looked at your money
            [write_money] changed your money details
            [record_spending] wrote down your spending
            [issue_card] gave you a new card
            [reset_pin] reset your pictures
            [caseload] changed your workers
            [supported_start] started a talk with support
            [supported_end] ended a talk with support
            [supported_idle] did not continue a talk with support. It ended by itself
            [download] downloaded all your information
           *[other] looked at your information
        }.
    }
log-assisted = You did this together.
log-newer = Newer
log-older = Older
log-pages = Pages
assist-title = Your worker helps
assist-intro = Your worker signs in here. Then they can help you.
assist-button = Start helping
assist-on = { $name } is helping you now.
assist-end = Stop helping
error-assist-caseload = This person is not your worker.
worker-sign-in-link = Workers, sign in here
worker-sign-in-title = Sign in for workers
worker-user-name = User name
worker-secret = Password or one-time code
error-worker-wrong = The name or the password was wrong. Try again.
error-worker-wait = Wait a moment. Then try again.
worker-title = Your clients, { $name }
worker-intro = You see only your own clients.
worker-no-clients = You have no clients yet.
caseload-find = Find a client by name
caseload-find-button = Find
caseload-show-all = Show all clients
caseload-count = { $count ->
    [one] You have { $count } client.
   *[other] You have { $count } clients.
}
caseload-found = { $count ->
    [one] You found { $count } client.
   *[other] You found { $count } clients.
}
caseload-none-found = No client has that name.
caseload-action-first = Clients who need your help come first.
caseload-page = Page { $page } of { $pages }.
caseload-pages = Pages
caseload-previous = Previous page
caseload-next = Next page
worker-back = Back to your clients
open-plan = Open the plan
card-in-use = The card is in use.
card-none = No card.
card-issue = Give a new card
card-revoke = Stop the card
card-new-title = New card
card-new-text = Print or write down the code. You see the code only now.
card-choose-days = The client chooses the pictures within { $days ->
        [one] 1 day
       *[other] { $days } days
    }. After that the card does not work.
card-qr-label = The card code as a picture
pin-locked = The pictures are locked.
pin-unlock = Open the lock
pin-reset = Choose the pictures again
consent-confirm = Confirm the new permission
relative-add-label = Name of someone new close to { $name }
relative-add = Add someone close to them
password-title = Your password
password-new = New password, at least 15 characters
password-current = Your current password, if you have one already
error-password-current = The current password is wrong.
error-password-short = Write at least 15 characters.
password-saved = Your new password is in use.
admin-title = Workers and clients
admin-workers = Workers
admin-assign-label = Add a client
admin-assign = Add
admin-worker-waiting = Signing in is paused after wrong tries.
admin-unlock = Allow signing in now
admin-unlocked = The worker can sign in now.
admin-deactivate = Take the worker out of use
admin-deactivated = The worker is out of use. They cannot sign in any more.
error-reason-missing = Write why you add the client to yourself.
error-reason-long = The reason is too long. Write it shorter.
admin-reason = Why do you add the client to yourself? The client sees the reason.
log-reason = Reason: { $reason }
admin-add-worker = Add a worker
admin-add-client = Add a client
admin-name = Name
worker-code-title = One-time code for the new worker
error-name-missing = Write a name.
error-user-name-taken = The name is in use. Choose another name.

# Money (issue 6)
money-euros = { $amount } euros
money-title = My money
money-title-other = Money: { $name }
money-none = You have no decision about money yet. It says how much money you get. Then your worker writes it here.
money-granted = You get
money-used = You have used
money-left = Left
money-ends = You can use the money until { $date }.
money-bar-label = You have used { $used }. { $left } is left.
money-pace = { $outcome ->
        [fast] The money may run out too early. Talk to your worker.
        [slow] You still have a lot of money left. You can use more.
       *[on_track] The money is enough.
    }
money-lines-title = What the money is for
money-line-numbers = There is { $amount } for this. You have used { $used }. { $left } is left.
money-serves = The money is for:
money-spending-title = What you used the money for
money-spending-none = You have not used money yet.
money-correction = Correction. This money came back.
arrangement-self = You choose this help yourself. You pay for it with this money.
arrangement-voucher = You get a service voucher.
arrangement-municipal = Your wellbeing services county arranges this help.
arrangement-other = Your worker tells you how you get it.
summary-money = You get { $amount } for this: { $wish }. The money is for: { $line }.
decision-title = Decision about money
worker-money-title = Money: { $name }
worker-money-intro = Write the decision, the support lines and how the money is used.
decision-start = Starts, for example 1.9.2026
decision-end = Ends, for example 28.2.2027
decision-granted = Amount in euros
decision-reference = Decision number
decision-follow-up = Next follow-up meeting, for example 15.12.2026
line-name = Name of the support line in plain words
line-amount = Amount in euros
line-arrangement = How the support is arranged
line-wishes = Which wish this support serves
line-add = Add a support line
spending-date = Date, for example 3.9.2026
spending-amount = Amount in euros
spending-line = Support line
spending-description = Short description
spending-add = Add how money was used
spending-reverse = Correct and undo this
import-title = Bring a file from the finance system
import-help = The file has the columns date, amount, support line, description and id.
import-file = File
import-upload = Show the rows
import-preview = The file has { $all ->
        [one] 1 row
       *[other] { $all } rows
    }. { $good } of them are good.
import-row = Row
import-ok = Good:
import-wrong = Error:
import-confirm = { $good ->
        [one] Save 1 row
       *[other] Save { $good } rows
    }
import-cancel = Cancel
import-problem-shape = The row must have 5 fields.
import-problem-date = The date is wrong. Write the date like this: 3.9.2026.
import-problem-period = The date is outside the decision's period.
import-problem-amount = The amount is wrong. Write euros, for example 45.50.
import-problem-line = The support line is not found. Check the name.
import-problem-reference = The id is missing.
import-problem-duplicate = The row was brought in before.
import-file-empty = The file is empty.
import-file-header = The first row is wrong. Read the help.
error-amount-empty = Write the amount in euros. For example 120.
error-amount-text = Write the amount in numbers. For example 120.
error-amount-negative = Write the amount without a minus. Is the amount wrong? Press Correct and undo this.
error-amount-decimals = Write at most 2 decimals. For example 12.50.
error-amount-large = The amount is too large.
error-date-empty = Write a date.
error-date = Write the date like this: 3.9.2026.
error-period-order = The end date is before the start date. Correct the dates.
error-text-empty = Write something here.
error-text-long = The text is too long.
error-arrangement = Choose how the support is arranged.
error-wish-missing = Choose at least 1 wish.
error-line-missing = Choose a support line.
error-money-changed = Someone changed this at the same time. Your text is kept. Check it and save.
error-form-resent = You sent this form already. Check the details and send them again.
about-budget = Then you get a decision about money. You use the money for help you choose. Its name is a personal budget.
money-pace-time = { $gone ->
        [one] 1 month has passed.
       *[other] { $gone } months have passed.
    } { $total ->
        [one] The whole time is 1 month.
       *[other] The whole time is { $total } months.
    }
money-pace-used = You have used { $used }. You still have { $left }.
help-link = Help
help-title = Help
help-intro = This page tells you how Sopiva works.
help-use-title = How to use Sopiva
help-use-text = Each page has one question. Answer the question. Then press Continue. The Listen button reads the text aloud.
help-sign-in-title = How to get into Sopiva
help-sign-in-text = Write the code on your card. Or show the card to the card reader. Then press your pictures in the right order. Keep your pictures secret.
help-card-title = If you lose your card
help-card-text = Tell your worker at once. Your worker gives you a new card. The old card stops working. You choose new pictures.
help-call-title = Who you can ask
help-call-text = Call your worker. Maybe you do not know the number. Then come to Omatori. You get help there.
help-done-title = When you stop
help-done-text = Press I am done. Then other people cannot see your information. Always do this on a shared computer.
help-words-title = Words you meet in Sopiva
explain-what = What does { $word } mean?
glossary-budget = personal budget
glossary-budget-text = You get money for the help you need. You choose what help you get. First you write your own plan. Then you get a decision about money.
glossary-decision = decision
glossary-decision-text = The decision is a letter. It says how much money you get. It also says for how long. Do you not understand it? Ask your worker.
glossary-follow-up = follow-up
glossary-follow-up-text = A follow-up is a meeting with your worker. You meet at least every 3 months. You look together at how things are going. You can also change your plan.
glossary-voucher = service voucher
glossary-voucher-text = A service voucher works like a gift card. With it, you pay a company for help. You choose the company.
glossary-county = wellbeing services county
glossary-county-text = The county gives people help and care. Your worker works for the county.
glossary-permission = permission
glossary-permission-text = Someone close to you can help in Sopiva. A permission says what they may do. You give the permission. You can take it away at any time.
