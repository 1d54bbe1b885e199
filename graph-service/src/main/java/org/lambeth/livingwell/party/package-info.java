/**
 * Organisations and people: {@code organisations}, {@code people}, {@code person}, {@code skills}; contact details
 * only with consent and to roles that may see them; erasure.
 */
package org.lambeth.livingwell.party;
