-- Support between regions (stödbegäran): requests, the quantities asked for, other regions'
-- offers, and the timeline of who did what. Counts only: no patient identities, ever.

create table support_request (
    id                      uuid primary key,
    type                    text not null check (type in ('PATIENT_TRANSFER', 'STAFF', 'MATERIEL', 'TRANSPORT', 'OTHER')),
    -- a region asks, or an authority (then the secretariat files the request for it)
    requesting_region       char(2) references region (code),
    requesting_organisation text check (length(requesting_organisation) <= 200),
    title                   text not null check (length(title) between 1 and 200),
    description             text check (length(description) <= 4000),
    urgency                 text not null check (urgency in ('IMMEDIATE', 'WITHIN_24H', 'PLANNED')),
    needed_from             timestamptz,
    needed_until            timestamptz,
    workflow                text check (workflow in ('SHORT', 'FULL')),
    state                   text not null check (state in
                                ('DRAFT', 'SUBMITTED', 'NEEDS_INFORMATION', 'APPROVED', 'CANCELLED', 'CLOSED')),
    commitment              text not null check (commitment in ('NONE', 'PARTIAL', 'COMPLETE')),
    transport               text not null check (transport in ('NOT_NEEDED', 'TO_ARRANGE', 'UNDER_WAY', 'DONE')),
    fulfilment              text not null check (fulfilment in ('NONE', 'PARTIAL', 'COMPLETE')),
    version                 bigint not null default 0,
    created_at              timestamptz not null,
    created_by              text not null,
    updated_at              timestamptz not null,
    check ((requesting_region is null) <> (requesting_organisation is null)),
    check (needed_until is null or needed_from is null or needed_until >= needed_from)
);
create index support_request_state on support_request (state, updated_at desc);
create index support_request_region on support_request (requesting_region);

create table support_request_item (
    id         uuid primary key,
    request_id uuid not null references support_request (id) on delete cascade,
    position   integer not null,
    care_level text,
    kind       text check (length(kind) <= 200),
    quantity   integer not null check (quantity between 1 and 100000),
    check ((care_level is null) <> (kind is null))
);
create index support_request_item_request on support_request_item (request_id, position);

create table support_offer (
    id             uuid primary key,
    request_id     uuid not null references support_request (id),
    offering_region char(2) not null references region (code),
    state          text not null check (state in ('OFFERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'DELIVERED')),
    comment        text check (length(comment) <= 2000),
    version        bigint not null default 0,
    created_at     timestamptz not null,
    created_by     text not null,
    updated_at     timestamptz not null
);
create index support_offer_request on support_offer (request_id);

create table support_offer_item (
    offer_id uuid not null references support_offer (id),
    item_id  uuid not null references support_request_item (id),
    quantity integer not null check (quantity between 1 and 100000),
    primary key (offer_id, item_id)
);

create table support_event (
    id           bigserial primary key,
    request_id   uuid not null references support_request (id),
    at           timestamptz not null,
    actor_name   text not null,
    actor_region char(2),
    action       text not null,
    detail       text
);
create index support_event_request on support_event (request_id, id);
