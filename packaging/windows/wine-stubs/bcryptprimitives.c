/* Test-only stand-in for Windows 10's bcryptprimitives.dll, which Wine 8.0 lacks.
 *
 * Rust's standard library (in pydantic-core and cryptography's extension modules)
 * draws random bytes from bcryptprimitives.dll!ProcessPrng. This one forwards to
 * RtlGenRandom (advapi32!SystemFunction036), which Wine has. It is built by
 * packaging/windows/build-and-test.sh into the Wine prefix's system32 only: never into
 * the bundle or the installer, where Windows' own DLL is used.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
