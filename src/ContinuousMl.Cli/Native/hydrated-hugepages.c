/*
 * Linked into the Linux native `cml` only (see ContinuousMl.Cli.csproj, target CompileHydratedHugePages).
 *
 * NativeAOT's start-up expands the binary's type data into an 8–9 MB zero-filled region at the end of the
 * executable's writable segment before any managed code runs. Written one 4 KiB page at a time, that is some
 * 2,000 page faults: a quarter of `cml comment create`'s wall time. This constructor runs earlier (the dynamic
 * loader calls it before the runtime starts) and asks the kernel to back that region with transparent huge pages
 * where the system allows them on request (transparent_hugepage=madvise, the usual default); with THP off it is
 * a no-op, and failure changes nothing but speed.
 */
#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

static int advise_zero_filled_tail(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    (void)data;
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
        if (segment->p_type != PT_LOAD || !(segment->p_flags & PF_W) || segment->p_memsz <= segment->p_filesz) {
            continue;
        }

        uintptr_t start = info->dlpi_addr + segment->p_vaddr + segment->p_filesz;
        uintptr_t end = info->dlpi_addr + segment->p_vaddr + segment->p_memsz;
        start = (start + page - 1) & ~(page - 1);
        if (end > start) {
            madvise((void *)start, end - start, MADV_HUGEPAGE);
        }
    }

    /* The first object reported is the executable itself: stop there. */
    return 1;
}

__attribute__((constructor)) static void cml_advise_hydrated_huge_pages(void)
{
    dl_iterate_phdr(advise_zero_filled_tail, 0);
}
