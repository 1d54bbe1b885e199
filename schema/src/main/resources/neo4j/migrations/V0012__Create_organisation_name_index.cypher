// organisations are listed and paged by name
CREATE RANGE INDEX organisation_name IF NOT EXISTS FOR (o:Organisation) ON (o.name);
