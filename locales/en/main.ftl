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
error-not-signed-in = Sign in first.
error-not-found = Page not found.
error-internal = Something went wrong. Try again soon.

start-title = Welcome to Sopiva
start-intro = Here you can write your own plan. You can also look at it later.
code-label = Sign-in code
code-hint = Your worker gives you the code. Write the code here.
sign-in-button = Sign in
error-wrong-code = The code does not work. Check the code and write it again.
signed-out = You have signed out. Your information is saved.
demo-title = Try Sopiva
demo-text = This is a test version. You can sign in with these codes.

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
hint-helpers = For example family, friends, workers or tools.
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

error-too-long = The text is too long. Take away { $over } letters.
error-goal-missing = Write the goal first.
error-changed-by-other = Someone changed this answer at the same time. Your text is kept. Check the text and press Continue.

check-title = Check your answers
check-intro = Here are all your answers. You can change them.
check-save-hint = When your answers are ready, save the plan.
save-plan = Save the plan
not-answered = You did not answer this.
error-plan-empty = Write at least one answer before you save.

saved-title = Your plan is saved
versions-title = Saved plans
versions-none = You have not saved a plan yet.
version-title = Version { $number }
version-saved-by = Saved by { $name } ({ $role }) on { $when }.
role-client = client
role-helper = someone close to you
role-worker = worker
summary-link = Plan for printing
summary-print-hint = You can print this page. Choose Print in your browser.

datetime = { $weekday } { $day } { $month } { $year } at { $hour }:{ $minute }
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
kiosk-text = A worker can make this device a shared kiosk.
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
about-text = Sopiva is a service for personal budgets. You can write your own plan in it.
about-symbols-title = Pictures
about-symbols-text = The pictures come from the OpenMoji picture set.
symbols-credit = OpenMoji. Licence CC BY-SA 4.0.
about-feedback-title = Feedback
about-feedback-text = Is Sopiva hard to use? Tell your worker. We answer within two weeks.
listen = Listen
stop-listening = Stop
listen-answer = Listen to the answer: { $section }
setting-browser-voice = The browser's own voice
