-- Where and when a photo was taken, read from its EXIF before it is re-encoded (the stored
-- file carries no metadata). For staff only: nothing public serves photos or these columns.
alter table attachment
    add column taken_lat double precision,
    add column taken_lon double precision,
    add column taken_at  timestamptz;

-- A case's description is a report's (up to 2000 characters) with its subcategory in front.
-- varchar(n) counts characters (code points), as @CodePoints does.
alter table case_record alter column description type varchar(2100);
