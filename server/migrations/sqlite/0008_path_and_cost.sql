-- The personal-budget path and its cost (issue 14): the stage a client's plan is in, with
-- every change of stage, the earlier arrangement a decision is compared with, and team
-- leads, who see the service's figures and never a person's plan. Calendar dates are text
-- 'YYYY-MM-DD'; times are UTC milliseconds.

-- One change of stage. The newest row of a client is where the plan is now. Stages, in
-- order: writing, worker-reads, group, decided, in-use, follow-up, ended.
create table path_stage (
    stage_event_id integer primary key,
    client_id integer not null references client (client_id),
    stage text not null,
    -- The decision the stage belongs to, once there is one.
    decision_id integer references budget_decision (decision_id),
    -- When the next step is expected, when known.
    next_on text,
    -- The client guidance group's recommendation (stage 'group'), in plain words.
    note text not null default '',
    -- client, relative, worker or rule (a stage moved by Sopiva itself, e.g. a saved plan).
    by_kind text not null,
    by_id integer,
    by_name text not null,
    -- The key of the form that wrote it: a double tap writes once.
    idem_key text unique,
    created_at integer not null
);
create index path_stage_client on path_stage (client_id, stage_event_id);

-- What the support cost before personal budgeting, per decision: the services and vouchers
-- the person had, or an estimate of arranging the same support the traditional way.
create table earlier_arrangement (
    arrangement_id integer primary key,
    decision_id integer not null references budget_decision (decision_id),
    client_id integer not null references client (client_id),
    what text not null,
    -- before (what the person had) or estimate.
    kind text not null,
    monthly_cents integer not null,
    -- Raised by one on every change; a change names the version it was based on.
    version integer not null,
    entered_by_id integer not null references worker (worker_id),
    entered_by_name text not null,
    created_at integer not null
);
create index earlier_arrangement_decision on earlier_arrangement (decision_id);

alter table worker add column is_team_lead integer not null default 0;
