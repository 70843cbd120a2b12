-- Row-level security: the database's own check that a region's data is read and changed only as
-- the application's rules allow (ADR 0007, docs/security.md "Region isolation").
--
-- The application connects as the role nspl_app (or a login role that is a member of it), which
-- owns nothing and bypasses nothing; these migrations run as the owner. For each connection use
-- the application says whose work it is in the setting nspl.scope:
--   'system'    the platform itself (start-up, scheduled jobs, log-in look-ups, migrations)
--   'national'  an actor of a national role (secretariat, administrator, authority, finance)
--   '01'..'25'  an actor of a regional role, by its region
--   '' or unset nobody: every policy below refuses (fail closed)
-- The application sets the scope itself, so this layer catches a missing or wrong check in the
-- application's code, not someone who can run SQL of their own as nspl_app.

-- The role, unless the operator made it already (production: docs/security.md). Roles belong to
-- the whole cluster and test runs migrate databases side by side, so a concurrent creation is fine.
do $$
begin
    if not exists (select from pg_roles where rolname = 'nspl_app') then
        begin
            create role nspl_app nologin nosuperuser nobypassrls;
        exception
            when duplicate_object or unique_violation then null;
            when insufficient_privilege then
                raise exception 'the role nspl_app is missing and % may not create it: create it first (docs/security.md)',
                    current_user;
        end;
    end if;
end $$;

-- The scope of the current transaction or connection; '' when none was set.
create function nspl_scope() returns text
    language sql stable parallel safe
    as $$ select coalesce(current_setting('nspl.scope', true), '') $$;

-- Anyone at all: a logged-in actor of any role, or the platform itself.
create function nspl_scoped() returns boolean
    language sql stable parallel safe
    as $$ select nspl_scope() <> '' $$;

-- Every region's rows: the platform itself or a national role.
create function nspl_national() returns boolean
    language sql stable parallel safe
    as $$ select nspl_scope() in ('system', 'national') $$;

-- The rows of this region (null: national rows, which only a national scope reaches).
create function nspl_may(region text) returns boolean
    language sql stable parallel safe
    as $$ select nspl_scope() in ('system', 'national') or nspl_scope() = region $$;

-- The sending region of a notice, as the caller may see it ('' for the secretariat's, null when
-- not visible). A function, so that notice_recipient's policies need not name notice, whose own
-- policy names notice_recipient (PostgreSQL refuses policies that expand into each other).
create function nspl_notice_sender(notice_id uuid) returns text
    language sql stable
    as $$ select coalesce(n.sender_region, '') from notice n where n.id = nspl_notice_sender.notice_id $$;

-- Privileges: the application reads and writes rows, nothing more (no TRUNCATE, TRIGGER, DDL).
grant usage on schema public to nspl_app;
grant select, insert, update, delete on all tables in schema public to nspl_app;
grant usage, select on all sequences in schema public to nspl_app;
-- tables and sequences of later migrations (run by this same owner) get the same
alter default privileges in schema public grant select, insert, update, delete on tables to nspl_app;
alter default privileges in schema public grant usage, select on sequences to nspl_app;
-- The audit trail is append-only for the application: it cannot change, delete or truncate
-- entries, nor, not owning the table, drop or disable its trigger.
revoke update, delete, truncate on audit_entry from nspl_app;
-- Flyway's history is the owner's business.
revoke all on flyway_schema_history from nspl_app;

-- Shared reference information: everyone logged in reads; a region writes its own rows.
alter table region enable row level security;
alter table region force row level security;
create policy region_read on region for select using (nspl_scoped());
create policy region_write on region for all using (nspl_may(code)) with check (nspl_may(code));

alter table organisation enable row level security;
alter table organisation force row level security;
create policy organisation_read on organisation for select using (nspl_scoped());
create policy organisation_write on organisation for all using (nspl_national()) with check (nspl_national());

alter table hospital enable row level security;
alter table hospital force row level security;
create policy hospital_read on hospital for select using (nspl_scoped());
create policy hospital_write on hospital for all using (nspl_may(region_code)) with check (nspl_may(region_code));

alter table reporting_unit enable row level security;
alter table reporting_unit force row level security;
create policy reporting_unit_read on reporting_unit for select using (nspl_scoped());
create policy reporting_unit_write on reporting_unit for all
    using (nspl_may(region_code)) with check (nspl_may(region_code));

-- Capacity and the picture: everyone logged in reads the national picture; a region's figures
-- come from that region (or the platform's projections).
alter table preparedness_change enable row level security;
alter table preparedness_change force row level security;
create policy preparedness_change_read on preparedness_change for select using (nspl_scoped());
create policy preparedness_change_write on preparedness_change for all
    using (nspl_may(region_code)) with check (nspl_may(region_code));

alter table status_report enable row level security;
alter table status_report force row level security;
create policy status_report_read on status_report for select using (nspl_scoped());
create policy status_report_write on status_report for all
    using (nspl_may(region_code)) with check (nspl_may(region_code));

alter table picture_unit_level enable row level security;
alter table picture_unit_level force row level security;
create policy picture_unit_level_read on picture_unit_level for select using (nspl_scoped());
create policy picture_unit_level_write on picture_unit_level for all
    using (nspl_may(region_code)) with check (nspl_may(region_code));

alter table picture_light enable row level security;
alter table picture_light force row level security;
create policy picture_light_read on picture_light for select using (nspl_scoped());
create policy picture_light_write on picture_light for all
    using (nspl_may(region_code)) with check (nspl_may(region_code));

alter table picture_alert enable row level security;
alter table picture_alert force row level security;
create policy picture_alert_read on picture_alert for select using (nspl_scoped());
create policy picture_alert_write on picture_alert for all
    using (nspl_may(region_code)) with check (nspl_may(region_code));

-- Accounts and credentials: confidential to their region (national accounts to national scopes).
-- Log-in looks accounts and credentials up in the system scope.
alter table account enable row level security;
alter table account force row level security;
create policy account_own on account for all using (nspl_may(region_code)) with check (nspl_may(region_code));

alter table account_unit enable row level security;
alter table account_unit force row level security;
create policy account_unit_own on account_unit for all
    using (exists (select from account a where a.id = account_id))
    with check (exists (select from account a where a.id = account_id));

alter table account_mfa enable row level security;
alter table account_mfa force row level security;
create policy account_mfa_own on account_mfa for all
    using (exists (select from account a where a.id = account_id))
    with check (exists (select from account a where a.id = account_id));

alter table account_recovery_code enable row level security;
alter table account_recovery_code force row level security;
create policy account_recovery_code_own on account_recovery_code for all
    using (exists (select from account a where a.id = account_id))
    with check (exists (select from account a where a.id = account_id));

-- an API key has a region; a token belongs to an account
alter table api_credential enable row level security;
alter table api_credential force row level security;
create policy api_credential_own on api_credential for all
    using (nspl_may(region_code) or exists (select from account a where a.id = account_id))
    with check (nspl_may(region_code) or exists (select from account a where a.id = account_id));

alter table api_credential_unit enable row level security;
alter table api_credential_unit force row level security;
create policy api_credential_unit_own on api_credential_unit for all
    using (exists (select from api_credential c where c.id = credential_id))
    with check (exists (select from api_credential c where c.id = credential_id));

-- Support between regions: everyone reads the requests. The application hides drafts from other
-- regions' reads (404) but answers their steps on a draft 403, for which it reads and locks the row;
-- so the database lets the row be read and locked, and keeps a draft's content its region's: no other
-- region may leave a draft changed. The steps of a request are taken by the requester, the
-- secretariat and the offering regions alike; the application decides which step is whose
-- (SupportWorkflow).
alter table support_request enable row level security;
alter table support_request force row level security;
create policy support_request_read on support_request for select using (nspl_scoped());
create policy support_request_create on support_request for insert with check (nspl_may(requesting_region));
create policy support_request_change on support_request for update
    using (nspl_scoped())
    with check (nspl_scoped() and (state <> 'DRAFT' or nspl_may(requesting_region)));
create policy support_request_delete on support_request for delete using (nspl_may(requesting_region));

alter table support_offer enable row level security;
alter table support_offer force row level security;
create policy support_offer_read on support_offer for select using (nspl_scoped());
create policy support_offer_create on support_offer for insert with check (nspl_may(offering_region));
-- the offering region withdraws and delivers, the requesting one accepts and declines
create policy support_offer_change on support_offer for update
    using (nspl_may(offering_region)
        or exists (select from support_request r where r.id = request_id and nspl_may(r.requesting_region)))
    with check (nspl_scoped());
create policy support_offer_delete on support_offer for delete using (nspl_may(offering_region));

-- the timeline: each step is recorded as its actor's region (national actors: none)
alter table support_event enable row level security;
alter table support_event force row level security;
create policy support_event_read on support_event for select using (nspl_scoped());
create policy support_event_write on support_event for all
    using (nspl_national() or actor_region = nspl_scope())
    with check (nspl_national() or actor_region = nspl_scope());

-- The audit trail: every actor appends its own entries and reads the chain's head to link to it;
-- reading the trail is for administrators (application). No update or delete (grants, trigger).
alter table audit_entry enable row level security;
alter table audit_entry force row level security;
create policy audit_entry_read on audit_entry for select using (nspl_scoped());
create policy audit_entry_append on audit_entry for insert
    with check (nspl_national() or actor_region = nspl_scope());

-- Notices: read by the sending side and the recipients (the secretariat reads all); recipients'
-- rows (who has acknowledged, not what was said) by everyone logged in.
alter table notice enable row level security;
alter table notice force row level security;
create policy notice_read on notice for select
    using (nspl_national() or sender_region = nspl_scope()
        or exists (select from notice_recipient r where r.notice_id = notice.id and r.region_code = nspl_scope()));
create policy notice_send on notice for insert with check (nspl_may(sender_region));
create policy notice_change on notice for update using (nspl_may(sender_region)) with check (nspl_may(sender_region));
create policy notice_delete on notice for delete using (nspl_may(sender_region));

alter table notice_recipient enable row level security;
alter table notice_recipient force row level security;
create policy notice_recipient_read on notice_recipient for select using (nspl_scoped());
create policy notice_recipient_send on notice_recipient for insert
    with check (nspl_national() or nspl_notice_sender(notice_id) = nspl_scope());
-- a region acknowledges for itself
create policy notice_recipient_acknowledge on notice_recipient for update
    using (nspl_may(region_code)) with check (nspl_may(region_code));
create policy notice_recipient_delete on notice_recipient for delete
    using (nspl_national() or nspl_notice_sender(notice_id) = nspl_scope());

alter table notice_reminder enable row level security;
alter table notice_reminder force row level security;
create policy notice_reminder_read on notice_reminder for select using (nspl_scoped());
create policy notice_reminder_send on notice_reminder for all
    using (nspl_national() or nspl_notice_sender(notice_id) = nspl_scope())
    with check (nspl_national() or nspl_notice_sender(notice_id) = nspl_scope());

-- The contact directory: everyone logged in reads; a region keeps its own card.
alter table contact_card enable row level security;
alter table contact_card force row level security;
create policy contact_card_read on contact_card for select using (nspl_scoped());
create policy contact_card_write on contact_card for all
    using (nspl_may(region_code)) with check (nspl_may(region_code));

-- Finance: the grants stand beside the shares in the cost key, which the regions read too; finance
-- (a national role) enters them.
alter table finance_state_grant enable row level security;
alter table finance_state_grant force row level security;
create policy finance_state_grant_read on finance_state_grant for select using (nspl_scoped());
create policy finance_state_grant_write on finance_state_grant for all using (nspl_national()) with check (nspl_national());

-- Scenarios: read by everyone logged in; a region's coordinators write their region's.
alter table scenario enable row level security;
alter table scenario force row level security;
create policy scenario_read on scenario for select using (nspl_scoped());
create policy scenario_write on scenario for all
    using (nspl_may(owner_region)) with check (nspl_may(owner_region));

-- Patient distribution: the transport register is read by all and kept by each region; a plan's
-- requests are made nationally (or by one of the two regions).
alter table transport_unit enable row level security;
alter table transport_unit force row level security;
create policy transport_unit_read on transport_unit for select using (nspl_scoped());
create policy transport_unit_write on transport_unit for all
    using (nspl_may(region_code)) with check (nspl_may(region_code));

alter table transfer_plan_request enable row level security;
alter table transfer_plan_request force row level security;
create policy transfer_plan_request_read on transfer_plan_request for select using (nspl_scoped());
create policy transfer_plan_request_write on transfer_plan_request for all
    using (nspl_may(sending_region) or nspl_may(receiving_region))
    with check (nspl_may(sending_region) or nspl_may(receiving_region));

-- Notifications: addressed to one region or the secretariat and read only there. Any actor's
-- step notifies other regions, so anyone in scope may add one.
alter table notification enable row level security;
alter table notification force row level security;
create policy notification_own on notification for select using (nspl_may(region));
create policy notification_add on notification for insert with check (nspl_scoped());
create policy notification_change on notification for update using (nspl_may(region)) with check (nspl_may(region));
create policy notification_delete on notification for delete using (nspl_may(region));

alter table notification_read enable row level security;
alter table notification_read force row level security;
create policy notification_read_own on notification_read for all
    using (exists (select from account a where a.id = account_id))
    with check (exists (select from account a where a.id = account_id));

-- The planning register: everyone logged in reads; a region writes its items, national items
-- (region null) only the national scope.
alter table planning_item enable row level security;
alter table planning_item force row level security;
create policy planning_item_read on planning_item for select using (nspl_scoped());
create policy planning_item_write on planning_item for all using (nspl_may(region)) with check (nspl_may(region));
