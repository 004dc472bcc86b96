package com.salesplatform.targets.access;

import com.salesplatform.platform.access.OwnerScope;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which risks: reading is the caller's scope over the risk's owner (the platform's
 * {@link OwnerScope}; a manager's team counts its current reps); a risk without an owner (registered by an ADMIN)
 * is seen only by those who see everything. Local rules: a MANAGER changes what they may read, ADMIN any risk; a REP
 * may register a risk they own themselves (the policy asks every rep to report the risks they meet) while assessing,
 * planning and closing it stay with their manager.
 */
@Component
public class RiskAccess {

    private final OwnerScope owners;

    public RiskAccess(OwnerScope owners) {
        this.owners = owners;
    }

    public boolean mayRead(CallerIdentity caller, String ownerRepId) {
        return owners.coversActive(caller, ownerRepId);
    }

    public boolean mayIdentify(CallerIdentity caller, String ownerRepId) {
        return mayChange(caller, ownerRepId) || (caller.has(Role.REP) && caller.is(ownerRepId));
    }

    public boolean mayChange(CallerIdentity caller, String ownerRepId) {
        return caller.isAdmin() || (caller.has(Role.MANAGER) && ownerRepId != null && mayRead(caller, ownerRepId));
    }
}
