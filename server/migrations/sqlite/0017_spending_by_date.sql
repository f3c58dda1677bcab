-- The service view's "used" is each decision's running total less its spending dated after
-- the period (app/src/figures/repo.rs). Whether any spending at all is dated after a day is
-- one look in this index, so a period that ends today (the default) reads no spending rows:
-- without it the check went through every decision of the period (120,000 in a year at
-- national scale, about 1.7 s).
create index spending_spent_on on spending (spent_on);
