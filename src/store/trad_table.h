/*
 * trad_table.h - the BMP Han characters that OpenCC's t2s changes on their
 * own (traditional-only characters), one bit each: bit (c & 7) of byte
 * ls_trad_bits[c >> 3]. Generated (scripts/gen_trad_table.py).
 */
#ifndef LS_STORE_TRAD_TABLE_H
#define LS_STORE_TRAD_TABLE_H

extern const unsigned char ls_trad_bits[0x10000 / 8];

static inline int ls_trad_only(unsigned c)
{
    return c < 0x10000 && (ls_trad_bits[c >> 3] >> (c & 7) & 1);
}

#endif
