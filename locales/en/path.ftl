## The personal-budget path (issue 14): the stages, the explanation page, earlier periods.

path-title = Where my plan is now
path-now = Your plan is here now:
path-next = Next step:
path-next-on = Day: { $date }
path-stage-writing = I write my plan.
path-stage-worker-reads = My worker reads my plan.
path-stage-group = A group looks at my plan.
path-stage-decided = The decision is ready.
path-stage-in-use = I use my budget.
path-stage-follow-up = Follow-up: we talk about how it went.
path-stage-ended = The time ends. I make a new plan.
path-text-writing = You write what life you want. You tell what help you need. You can write it with someone.
path-text-worker-reads = Your worker reads your plan. They ask if something is not clear.
path-text-group = Sometimes a group looks at the plan. Workers are in the group. The group gives advice.
path-text-decided = The wellbeing services county makes a decision. The decision says how much money you get. The decision lasts 3–6 months.
path-text-in-use = You use the money for help you choose. Sopiva shows how much money is left.
path-text-follow-up = You meet your worker. You talk about how it went. You meet at least every 3 months.
path-text-ended = The time ends. You make a new plan. You can start from the old plan.
about-hb-title = What is a personal budget?
about-hb-intro = A personal budget is money for help. You decide what help you get. You can buy help yourself with the money.
about-hb-path-title = How it goes
about-hb-who-title = Who does what
about-hb-who-you = You write the plan. You choose your help.
about-hb-who-worker = Your worker helps you. They write the decision into Sopiva.
about-hb-who-county = The wellbeing services county decides about the money.
periods-link = Earlier money decisions
periods-title = Earlier money decisions
periods-title-other = Earlier money decisions: { $name }
periods-intro = Here are all your money decisions. The newest is first.
periods-none = You do not have a money decision yet.
periods-current = This decision is in use now.
periods-dates = Time: { $start } – { $end }
periods-granted = You got { $amount }.
periods-used = You used { $amount }.
periods-follow-ups = Follow-up meetings
periods-follow-up-none = No meetings.
periods-follow-up-done = { $date }: you met.
periods-follow-up-open = { $date }: no meeting yet.
periods-wellbeing = Wellbeing from start to end
periods-wellbeing-better = { $count ->
    [one] 1 thing got better.
   *[other] { $count } things got better.
}
periods-wellbeing-same = { $count ->
    [one] 1 thing stayed the same.
   *[other] { $count } things stayed the same.
}
periods-wellbeing-worse = { $count ->
    [one] 1 thing got worse.
   *[other] { $count } things got worse.
}
worker-path-link = Plan stage and costs
worker-path-title = Plan stage: { $name }
worker-path-now = Stage now
worker-path-none = No stage has been recorded yet.
worker-path-history = All stages
worker-path-event = { $stage } Recorded by: { $who }, { $when }.
worker-path-event-next = Next step: { $date }.
worker-path-rule = Sopiva, when the plan was saved
worker-path-move = Move the plan to a stage
worker-path-stage-label = New stage
worker-path-next-on-label = Day of the next step, for example 15.1.2027
worker-path-next-on-hint = Optional. The client sees the day on their home page.
worker-path-note-label = Client guidance group's recommendation or a note
worker-path-note-hint = Optional. The client does not see this text.
worker-path-save = Save the stage
worker-path-saved = The stage is saved.
worker-cost-title = Decisions and the earlier arrangement
worker-cost-intro = Record the earlier arrangement for each decision. It is the services and vouchers the client had before. Or it is an estimate of the traditional way. The client does not see this.
worker-cost-period = { $start } – { $end }: budget { $amount }
worker-cost-none = No earlier arrangement is recorded for this decision yet.
worker-cost-caption = Personal budget and the earlier arrangement
worker-cost-col-month = Per month
worker-cost-col-period = Whole period ({ $months ->
    [one] 1 month
   *[other] { $months } months
})
worker-cost-row-budget = Personal budget
worker-cost-row-earlier = Earlier arrangement
worker-cost-row-difference = Difference, budget minus earlier
worker-cost-what = Service or service voucher
worker-cost-kind = Kind of figure
worker-cost-kind-before = The client had this before
worker-cost-kind-estimate = Estimate of the traditional way
worker-cost-monthly = Cost per month in euros
worker-cost-add = Add an earlier service
worker-cost-save = Save the row
worker-cost-saved = The row is saved.
worker-cost-next-decision = Record the next decision
