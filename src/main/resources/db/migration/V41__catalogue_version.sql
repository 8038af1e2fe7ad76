-- The catalogue's version (issue 13): every node keeps the catalogue in memory and checks with
-- one read of this row that it is still current. Every statement that changes an issue type or
-- a subcategory, whoever runs it, gives the catalogue a new number from a sequence: numbers are
-- never handed out twice, not even after a rollback, so a number always names one state.
create sequence catalogue_version_seq;

create table catalogue_version (
    one     boolean primary key default true check (one),
    version bigint  not null
);

insert into catalogue_version (version) values (nextval('catalogue_version_seq'));

create function catalogue_changed() returns trigger language plpgsql as $$
begin
    update catalogue_version set version = nextval('catalogue_version_seq');
    return null;
end
$$;

create trigger catalogue_issue_type_changed after insert or update or delete or truncate on catalogue_issue_type
    for each statement execute function catalogue_changed();

create trigger catalogue_subcategory_changed after insert or update or delete or truncate on catalogue_subcategory
    for each statement execute function catalogue_changed();
