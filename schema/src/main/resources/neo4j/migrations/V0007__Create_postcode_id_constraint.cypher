// every Postcode has a unique, stable id
CREATE CONSTRAINT postcode_id IF NOT EXISTS FOR (n:Postcode) REQUIRE n.id IS UNIQUE;
