-- The CQC location id of a general practice or an adult social care provider, beside its ODS code.
alter table read_model.organisation add column cqc_location_id varchar(20);
