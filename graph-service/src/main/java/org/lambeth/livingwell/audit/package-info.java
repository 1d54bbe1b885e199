/**
 * The audit trail: {@code AuditTrail.write} records a write and its audit entries in one transaction; {@code
 * auditTrail} and its CSV export for admins.
 */
package org.lambeth.livingwell.audit;
