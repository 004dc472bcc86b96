package com.salesplatform.customers.customer.api;

/** Which open follow-ups a work list shows: those due today (in the company's calendar) or those already overdue. */
public enum FollowUpDueFilter { TODAY, OVERDUE }
