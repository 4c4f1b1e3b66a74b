-- GeoReport v2 allows descriptions of up to 4,000 characters; keep all of what a citizen wrote.
alter table ticket alter column description set data type varchar(4000);
