## Wellbeing at the start and the end, the satisfaction survey and the summaries.

## Rounds: wellbeing at the start and the end, and the survey.
wellbeing-link = My wellbeing
wellbeing-title = Wellbeing: { $name }
wellbeing-intro = Tell us how you are. You answer about six things. You answer when your budget starts. You answer again when it ends. Then you see what changed.
wellbeing-start-title = Wellbeing at the start of the budget
wellbeing-end-title = Wellbeing at the end of the budget
survey-title = Feedback survey
wellbeing-offer = Tell us how you are. There are 6 questions.
survey-offer = Tell us what you thought of this budget. There are 4 questions.
wellbeing-answer = Answer
wellbeing-open = You can answer this now.
wellbeing-not-open = You can answer this in the last month.
wellbeing-done = Answered.
wellbeing-back = Back to wellbeing
wellbeing-period = Your budget starts { $start }. It ends { $end }.
wellbeing-no-period = You have no budget yet. The questions come when the budget starts.
wellbeing-step = Question { $current } of { $total }
wellbeing-hint = Choose one picture. It has a word next to it.

## The questions. Each has the same scale.
wellbeing-q-feel = How are you now?
wellbeing-q-people = How are things with people close to you?
wellbeing-q-health = How are your body and your health?
wellbeing-q-everyday = How is your everyday life going?
wellbeing-q-hobbies = How well can you do things you like?
wellbeing-q-decide = How much do you decide about your life?
survey-q-heard = How well did people listen to you?
survey-q-choose = How much did you decide about the money?
survey-q-got-help = How well did you get help in time?
survey-q-easy = How easy was it to use Sopiva?
wellbeing-area-feel = How I feel
wellbeing-area-people = People close to me
wellbeing-area-health = Health and body
wellbeing-area-everyday = Everyday life
wellbeing-area-hobbies = Doing things I like
wellbeing-area-decide = Deciding about my life
survey-item-heard = People listened to you
survey-item-choose = You decided about the money
survey-item-got-help = You got help
survey-item-easy = Using Sopiva
wb-scale-1 = Very badly
wb-scale-2 = Badly
wb-scale-3 = In between
wb-scale-4 = Well
wb-scale-5 = Very well
survey-comment-label = Is there anything else you want to say?
survey-comment-shown = Comment: { $comment }
survey-comment-hint = You can write in your own words. You can also leave this empty. At most { $max } letters.

## The last page.
wellbeing-finish-title = Check your answers
wellbeing-finish-intro = Here are your answers.
wellbeing-support-legend = Did you answer alone?
wellbeing-support-alone = I answered alone
wellbeing-support-helped = Someone helped me
wellbeing-finish-lock = When you press Done, your answers are saved. After that you cannot change them.
wellbeing-finish-button = Done
wellbeing-locked = You have answered this already. The answers can no longer change.
wellbeing-closed = You cannot answer this now.
answered-client-alone = { $name } answered alone.
answered-client-helped = { $name } answered. Someone helped.
answered-relative = { $name }, someone close to you, answered.
answered-with-worker = Your worker { $name } helped to answer.

## Notices.
wellbeing-error-empty = Choose one picture. Then press Continue.
wellbeing-error-support = Tell us if you answered alone.
wellbeing-error-changed = Someone else changed the answers just now. Your choice is kept. Check it and press Continue again.
wellbeing-error-locked = You have answered this already. The answers can no longer change.
wellbeing-error-long = The comment is too long. Make it shorter.
wellbeing-error-missing = This question has no answer yet. Answer it first.
wellbeing-error-no-period = You have no budget. So there are no questions now.
wellbeing-error-not-yet = You can answer this in the last month.
wellbeing-error-resent = You sent this form already. Check the numbers and save again.
wellbeing-saved = Thank you! Your answers are saved.

## The change from the start to the end.
wb-change-link = See what changed
wb-change-title = What changed?
wb-change-title-other = What changed: { $name }
wb-change-intro = Here you see your answers. You see the start and the end.
wb-change-outro = You can talk about these with your worker.
wb-change-none = The change cannot show yet. First you answer at the start and end.
wb-change-better = { $area }: better than at the start
wb-change-same = { $area }: the same as at the start
wb-change-worse = { $area }: harder now than at the start
wb-change-at-start = At the start: { $word }
wb-change-at-end = At the end: { $word }

## Kykyviisari. A worker writes down the result.
kyky-title = Kykyviisari
kyky-record-link = Write down a Kykyviisari result
kyky-form-title = Kykyviisari result: { $name }
kyky-form-intro = The client filled in Kykyviisari somewhere else. Write the result here. Each number is 0 to 10.
kyky-date-label = Date filled in
kyky-date-hint = Write the date like this: 3.11.2026.
kyky-overall-label = Overall number
kyky-areas-legend = The five areas
kyky-area-mental = Mental wellbeing
kyky-area-social = Social inclusion
kyky-area-physical = Physical ability
kyky-area-skills = Skills
kyky-area-everyday = Everyday life
kyky-result-heading = Kykyviisari { $date }
kyky-overall-value = Overall: { $value } of 10
kyky-area-value = { $area }: { $value } of 10
kyky-entered-by = Written down by { $name }
kyky-saved = The Kykyviisari result is saved.
kyky-error-date-missing = Write the date.
kyky-error-date-wrong = Write the date like this: 3.11.2026.
kyky-error-date-future = The date is in the future. Write the day the client filled in Kykyviisari.
kyky-error-number-missing = Write a number from 0 to 10.
kyky-error-number-wrong = Write a whole number from 0 to 10.

## The worker's summary.
wb-summary-title = Wellbeing summary
wb-summary-intro = Here are only counts. If a group has under 5 people, its numbers stay hidden. So nobody can be recognised.
wb-summary-caseload = Your clients
wb-summary-service = The whole service
wb-summary-wellbeing = Wellbeing from the start to the end
wb-summary-satisfaction = Feedback survey
wb-summary-people = People: { $count }
wb-summary-hidden = This group has under { $min } people. So its numbers stay hidden.
wb-summary-area = Area
wb-summary-item = Question
wb-summary-improved = Better
wb-summary-same = Same
wb-summary-declined = Harder
caseload-wellbeing = Wellbeing: start { $start }, end { $end }.
caseload-wb-there = answered
caseload-wb-missing = missing
caseload-wb-no-period = Wellbeing: the client has no budget.
