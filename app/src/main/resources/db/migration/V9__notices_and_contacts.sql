-- Notices (meddelanden) from the secretariat or a region to chosen recipients, with required
-- acknowledgement (kvittens) and reminders; and the 24/7 contact directory of the regions, the
-- authorities and the secretariat. A recipient and a contact card belong to exactly one region
-- or one organisation of the registry.

create table notice (
    id                       uuid primary key,
    subject                  text not null check (length(subject) between 1 and 200),
    body                     text not null check (length(body) between 1 and 10000),
    priority                 text not null check (priority in ('ROUTINE', 'IMPORTANT', 'URGENT')),
    -- null: sent by the secretariat; else the region that sent it
    sender_region            char(2) references region (code),
    sent_by                  text not null,
    sent_at                  timestamptz not null,
    all_regions              boolean not null,
    acknowledgement_required boolean not null,
    acknowledge_by           timestamptz,
    check (acknowledgement_required or acknowledge_by is null)
);
create index notice_sent on notice (sent_at desc);
create index notice_sender_region on notice (sender_region, sent_at desc);

create table notice_recipient (
    notice_id       uuid not null references notice (id),
    region_code     char(2) references region (code),
    organisation_id uuid references organisation (id),
    -- whether this recipient is asked to acknowledge (regions and the secretariat, when the
    -- notice asks for it; authorities' accounts are not tied to an organisation, see docs/notices.md)
    expected        boolean not null,
    acknowledged_at timestamptz,
    acknowledged_by text,
    check ((region_code is null) <> (organisation_id is null)),
    check ((acknowledged_at is null) = (acknowledged_by is null)),
    check (expected or acknowledged_at is null),
    unique (notice_id, region_code),
    unique (notice_id, organisation_id)
);
-- the banner on every page asks for a region's open acknowledgements
create index notice_recipient_open_region on notice_recipient (region_code)
    where expected and acknowledged_at is null;
create index notice_recipient_open_organisation on notice_recipient (organisation_id)
    where expected and acknowledged_at is null;

create table notice_reminder (
    id              bigserial primary key,
    notice_id       uuid not null references notice (id),
    region_code     char(2) references region (code),
    organisation_id uuid references organisation (id),
    at              timestamptz not null,
    sent_by         text not null,
    automatic       boolean not null,
    check ((region_code is null) <> (organisation_id is null))
);
create index notice_reminder_notice on notice_reminder (notice_id, id);
-- one automatic reminder per overdue recipient, whichever node's job gets there first
create unique index notice_reminder_automatic_once
    on notice_reminder (notice_id, coalesce(region_code, ''), coalesce(organisation_id::text, ''))
    where automatic;

create table contact_card (
    id              uuid primary key,
    region_code     char(2) unique references region (code),
    organisation_id uuid unique references organisation (id),
    duty_phone      text check (length(duty_phone) <= 40),
    mailbox         text check (length(mailbox) <= 200),
    version         bigint not null default 0,
    updated_at      timestamptz not null,
    updated_by      text not null,
    verified_at     timestamptz,
    verified_by     text,
    check ((region_code is null) <> (organisation_id is null))
);

create table contact_role (
    card_id  uuid not null references contact_card (id) on delete cascade,
    position integer not null,
    title    text not null check (length(title) between 1 and 100),
    name     text check (length(name) <= 100),
    phone    text not null check (length(phone) <= 40),
    primary key (card_id, position)
);
