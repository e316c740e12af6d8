using AgreementTracker.ReadModels.Kept;

namespace AgreementTracker.ReadModels.Tests;

/// <summary>When a reader may keep what it read: only while every change is heard, and only a read no change overtook.</summary>
public sealed class HeardChangesTests
{
    [Fact]
    public void A_read_is_kept_only_while_changes_are_heard_and_only_if_no_change_was_heard_since_it_began()
    {
        var heard = new HeardChanges();
        var forgotten = new List<Guid?>();
        heard.OnChange(forgotten.Add);
        var kept = 0;

        heard.KeepIf(heard.Generation, () => kept++);
        Assert.Equal(0, kept);

        heard.Listening();
        var readAt = heard.Generation;
        var changed = Guid.NewGuid();
        heard.Heard(changed);
        heard.KeepIf(readAt, () => kept++);
        Assert.Equal(0, kept);

        heard.KeepIf(heard.Generation, () => kept++);
        Assert.Equal(1, kept);

        heard.HeardEverything();
        heard.Deaf();
        heard.KeepIf(heard.Generation, () => kept++);
        Assert.Equal(1, kept);
        Assert.Equal([null, changed, null, null], forgotten);
    }
}
