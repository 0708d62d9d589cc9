-- Version 5: number reserved for another branch of this release (see COMMON.md ownership);
-- this placeholder only keeps the numbering without gaps on the branch that adds version 7.
-- The merge replaces it with the real migration of that number.
SELECT 1;
