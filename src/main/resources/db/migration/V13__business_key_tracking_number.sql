-- A case keeps its public tracking number: the number of the report that opened it, or one drawn
-- when a dispatcher opened it without a report. Its process instances carry it as business key,
-- so Cockpit and the engine REST API find a case by the number on the citizen's receipt.
alter table case_record add column tracking_number varchar(20);
create unique index case_record_tracking_number_uk on case_record (tracking_number);

-- Cases opened by a report take that report's number (the report not linked as a duplicate; the
-- earliest should a case hold several).
update case_record c
   set tracking_number = (select r.tracking_number
                            from report r
                           where r.case_id = c.id
                             and not r.linked_as_duplicate
                           order by r.submitted_at, r.tracking_number
                           limit 1);

-- Instances started under the case id (the lifecycle, the handling and joint-enforcement
-- instances it called, accountability reviews) take the number instead. In the 7.24 schema only
-- these two tables hold a business key.
update act_ru_execution e
   set business_key_ = c.tracking_number
  from case_record c
 where e.business_key_ = c.id::text
   and c.tracking_number is not null;

update act_hi_procinst h
   set business_key_ = c.tracking_number
  from case_record c
 where h.business_key_ = c.id::text
   and c.tracking_number is not null;
