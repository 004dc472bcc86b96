-- A quote's one order is now recorded by the quote itself (QuoteConverted event) and guarded by its event stream;
-- the command-side table that marked it with plain SQL goes.
DROP TABLE quote_book;

-- A manager may turn a quote's discount down (QuoteDiscountRejected): who, when and why, as GET /api/quotes shows it.
ALTER TABLE quote_view ADD COLUMN rejected_by VARCHAR(100), ADD COLUMN rejected_at TIMESTAMPTZ,
    ADD COLUMN rejection_reason TEXT;
