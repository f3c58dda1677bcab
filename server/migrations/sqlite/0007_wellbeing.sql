-- Wellbeing at the start and the end of a budget decision's period, the satisfaction survey
-- at its end, and Kykyviisari results a worker records. Needs only the money tables (0004);
-- times are UTC milliseconds, calendar dates 'YYYY-MM-DD' text.

-- One round of questions about one decision's period: the wellbeing self-assessment at its
-- start or end, or the satisfaction survey. Answers are saved one question at a time (a draft);
-- a finished round is never changed again.
create table wellbeing_round (
    round_id integer primary key,
    client_id integer not null references client (client_id),
    decision_id integer not null references budget_decision (decision_id),
    -- start, end or survey.
    kind text not null,
    -- Raised by one on every saved answer; a form names the version it was made from.
    version integer not null,
    -- The survey's free comment.
    comment text,
    -- Who answered, when the round was finished: client, helper or worker (plan/actor.rs),
    -- their name, and whether the client answered alone or with someone helping.
    answered_by_role text,
    answered_by_name text,
    support text,
    finished_at integer,
    created_at integer not null,
    updated_at integer not null,
    unique (client_id, decision_id, kind)
);

-- One answer on the five-point scale (1 = very bad ... 5 = very good).
create table wellbeing_answer (
    round_id integer not null references wellbeing_round (round_id),
    item text not null,
    score integer not null check (score between 1 and 5),
    primary key (round_id, item)
);

-- A Kykyviisari result the client filled in elsewhere, as the worker typed it: the overall
-- figure and its five areas, each 0-10. Never changed: a correction is a newer result.
create table kykyviisari_result (
    result_id integer primary key,
    client_id integer not null references client (client_id),
    taken_on text not null,
    overall integer not null check (overall between 0 and 10),
    mental integer not null check (mental between 0 and 10),
    social integer not null check (social between 0 and 10),
    physical integer not null check (physical between 0 and 10),
    skills integer not null check (skills between 0 and 10),
    everyday integer not null check (everyday between 0 and 10),
    entered_by_id integer not null references worker (worker_id),
    entered_by_name text not null,
    created_at integer not null
);
create index kykyviisari_client on kykyviisari_result (client_id, taken_on);
