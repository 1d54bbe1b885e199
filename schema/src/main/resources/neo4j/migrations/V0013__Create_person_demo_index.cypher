// demo records are found (and can be removed) by their marker
CREATE RANGE INDEX person_demo IF NOT EXISTS FOR (p:Person) ON (p.demo);
