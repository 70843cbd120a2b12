-- Notifications in the app: what happened that concerns a region's coordinators or the
-- secretariat, with a link to it. One row per audience (a region, or the secretariat); read
-- marks are per account. Texts are message keys with their arguments, rendered in the reader's
-- language.

create table notification (
    id            uuid primary key,
    region        char(2) references region (code),
    secretariat   boolean not null,
    message_key   text not null check (length(message_key) between 1 and 200),
    arguments     text[] not null,
    link          text not null check (link like '/%' and length(link) <= 500),
    subject_type  text not null,
    subject_id    text not null,
    created_at    timestamptz not null,
    check (secretariat = (region is null))
);
create index notification_region on notification (region, created_at desc) where region is not null;
create index notification_secretariat on notification (created_at desc) where secretariat;

create table notification_read (
    notification_id uuid not null references notification (id) on delete cascade,
    account_id      uuid not null,
    read_at         timestamptz not null,
    primary key (account_id, notification_id)
);
