-- Indexes for the service view's figures (issue 14) at national scale: 60,000 clients and
-- about 10 million spending rows. Each serves one query of app/src/figures/repo.rs.

-- Used money per decision up to a date, read from the index alone.
create index spending_decision_amount on spending (decision_id, spent_on, amount_cents);
-- The decisions whose period overlaps the chosen one.
create index budget_decision_period on budget_decision (period_end, period_start);
-- The start, end and survey rounds of a decision.
create index wellbeing_round_decision on wellbeing_round (decision_id, kind);
-- Each client's newest stage by a moment, read from the index alone.
create index path_stage_time on path_stage (client_id, created_at, stage_event_id);
-- The earlier arrangement's monthly cost per decision, from the index alone.
create index earlier_arrangement_cost on earlier_arrangement (decision_id, monthly_cents);
