using System.Runtime.InteropServices;

namespace WhatsAppCampaigns.Operator.LocalMode;

/// <summary>POSIX signals to child processes (.NET can only SIGKILL): the kubelet sends SIGTERM first, so do we.</summary>
internal static partial class Signals
{
    private const int SigTerm = 15;

    /// <summary>Sends SIGTERM; false when the process is gone.</summary>
    public static bool Terminate(int pid) => Kill(pid, SigTerm) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
