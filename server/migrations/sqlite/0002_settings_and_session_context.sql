-- Personal settings kept on the server for signed-in users at home, and the place a session
-- was started (home or kiosk), which decides its time limits.

create table client_prefs (
    client_id integer primary key references client (client_id),
    prefs text not null,
    updated_at integer not null
);

alter table session add column context text not null default 'home';
