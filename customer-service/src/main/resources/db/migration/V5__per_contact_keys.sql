-- A customer has several data keys now: key_ref '' is the customer's first key (what V1-V4 stored), a contact's own
-- key is named by its contact id, and the customer's key made after an erasure by 'g<erasures>'. Erasing a contact
-- deletes its key; erasing the customer deletes all of them (docs/customer-service.md "Personal data").
ALTER TABLE customer_key ADD COLUMN key_ref VARCHAR(40) NOT NULL DEFAULT '';
ALTER TABLE customer_key DROP CONSTRAINT customer_key_pkey;
ALTER TABLE customer_key ADD PRIMARY KEY (customer_id, key_ref);

-- Fingerprints name their contact, so erasing one contact deletes its fingerprints only. Rows without a key id are
-- made again from the event store at startup (FingerprintRebuildOnStartup), which fills contact_id.
ALTER TABLE customer_directory_contact ADD COLUMN contact_id VARCHAR(36);
UPDATE customer_directory_contact SET key_id = NULL;
