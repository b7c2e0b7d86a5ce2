using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Data;

namespace Signpost.Core.Accounts;

/// <summary>Adds, lists and disables staff accounts and checks sign-ins, with lockout after repeated failures.</summary>
public class StaffAccounts(SignpostDb db, TimeProvider clock)
{
    public const int MaxFailedSignIns = 5;
    public const int MinPasswordLength = 12;
    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);

    private static readonly PasswordHasher<StaffUser> Hasher = new();

    public async Task<StaffUser> AddUserAsync(AddStaffUserOptions options, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var email = NormaliseEmail(options.Email);
        ValidateNewUser(email, options);
        if (await db.StaffUsers.AnyAsync(u => u.Email == email, cancellationToken))
        {
            throw new StaffAccountException($"There is already a staff account for {email}.");
        }
        var user = new StaffUser
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            DisplayName = string.IsNullOrWhiteSpace(options.DisplayName) ? email : options.DisplayName.Trim(),
            PasswordHash = "",
            Roles = options.Roles.Distinct().ToList(),
            CreatedAt = clock.GetUtcNow(),
        };
        user.PasswordHash = Hasher.HashPassword(user, options.Password);
        db.StaffUsers.Add(user);
        new AuditLog(db, clock).Record(actor, "staff-user.added", "staff_user", user.Id.ToString(), new { user.Email, user.Roles });
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    public async Task<SignInResult> SignInAsync(string email, string password, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var normalised = NormaliseEmail(email);
        var user = await db.StaffUsers.SingleOrDefaultAsync(u => u.Email == normalised, cancellationToken);
        if (user is null)
        {
            // Hash anyway so that a wrong e-mail takes as long as a wrong password.
            Hasher.HashPassword(new StaffUser { Email = "", DisplayName = "", PasswordHash = "" }, password);
            return new SignInResult(SignInOutcome.WrongEmailOrPassword);
        }
        var now = clock.GetUtcNow();
        if (user.Disabled) return new SignInResult(SignInOutcome.Disabled);
        if (user.LockedUntil > now) return new SignInResult(SignInOutcome.LockedOut, LockedUntil: user.LockedUntil);

        var audit = new AuditLog(db, clock);
        var verdict = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            user.FailedSignIns++;
            if (user.FailedSignIns >= MaxFailedSignIns)
            {
                user.LockedUntil = now + LockoutPeriod;
                user.FailedSignIns = 0;
                audit.Record(actor, "staff-user.locked-out", "staff_user", user.Id.ToString());
            }
            await db.SaveChangesAsync(cancellationToken);
            return user.LockedUntil > now
                ? new SignInResult(SignInOutcome.LockedOut, LockedUntil: user.LockedUntil)
                : new SignInResult(SignInOutcome.WrongEmailOrPassword);
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded) user.PasswordHash = Hasher.HashPassword(user, password);
        user.FailedSignIns = 0;
        user.LockedUntil = null;
        user.LastSignInAt = now;
        audit.Record(actor, "staff-user.signed-in", "staff_user", user.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return new SignInResult(SignInOutcome.SignedIn, user);
    }

    public async Task DisableUserAsync(string email, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var normalised = NormaliseEmail(email);
        var user = await db.StaffUsers.SingleOrDefaultAsync(u => u.Email == normalised, cancellationToken)
            ?? throw new StaffAccountException($"There is no staff account for {normalised}.");
        user.Disabled = true;
        new AuditLog(db, clock).Record(actor, "staff-user.disabled", "staff_user", user.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<List<StaffUser>> ListUsersAsync(CancellationToken cancellationToken = default) =>
        db.StaffUsers.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);

    public static string NormaliseEmail(string email) => (email ?? "").Trim().ToLowerInvariant();

    private static void ValidateNewUser(string email, AddStaffUserOptions options)
    {
        if (email.Length == 0 || email.Length > StaffUser.EmailMaxLength || !email.Contains('@') || email.StartsWith('@') || email.EndsWith('@'))
            throw new StaffAccountException("Enter an email address in the correct format, like name@example.nhs.uk.");
        if (options.Roles.Count == 0)
            throw new StaffAccountException($"Give at least one role: {string.Join(", ", StaffRoles.All)}.");
        var unknown = options.Roles.Where(r => !StaffRoles.IsKnown(r)).ToList();
        if (unknown.Count > 0)
            throw new StaffAccountException($"Unknown role {string.Join(", ", unknown)}. Roles are: {string.Join(", ", StaffRoles.All)}.");
        if (options.Password.Length < MinPasswordLength)
            throw new StaffAccountException($"The password must be at least {MinPasswordLength} characters long.");
        if (options.DisplayName.Length > StaffUser.DisplayNameMaxLength)
            throw new StaffAccountException($"The name must be {StaffUser.DisplayNameMaxLength} characters or fewer.");
    }
}
