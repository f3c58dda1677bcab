-- Running totals for the service view (issue 14), so that it answers in under a second at
-- national scale without summing millions of spending rows or pairing wellbeing answers.
-- Each is written in the same transaction as the rows it sums (app/src/figures/totals.rs);
-- this migration fills them from the rows already stored.

-- The sum of a decision's spending (corrections included), raised by every spending write.
alter table budget_decision add column used_cents bigint not null default 0;
update budget_decision set used_cents = coalesce((select sum(s.amount_cents) from spending s
    where s.decision_id = budget_decision.decision_id), 0);

-- The change in points per wellbeing area between a decision's finished start and end
-- rounds (end minus start), written when the second of the two is finished. Finished rounds
-- are never changed, so neither is this.
create table wellbeing_change (
    decision_id bigint not null references budget_decision (decision_id),
    client_id bigint not null references client (client_id),
    item text not null,
    points bigint not null,
    primary key (decision_id, item)
);
insert into wellbeing_change (decision_id, client_id, item, points)
    select rs.decision_id, rs.client_id, s.item, e.score - s.score
    from wellbeing_round rs
    join wellbeing_round re on re.decision_id = rs.decision_id and re.client_id = rs.client_id
    join wellbeing_answer s on s.round_id = rs.round_id
    join wellbeing_answer e on e.round_id = re.round_id and e.item = s.item
    where rs.kind = 'start' and re.kind = 'end'
    and rs.finished_at is not null and re.finished_at is not null;
-- The service view's per-area counts, read from the index alone.
create index wellbeing_change_cover on wellbeing_change (decision_id, item, points);
