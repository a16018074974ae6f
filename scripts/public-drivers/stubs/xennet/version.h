/* Stand-in for win-xennet's generated include/version.h (made from
   include/version.tmpl by its build): the same macros, placeholder values. */
#pragma once
#define VENDOR_NAME_STR      "XCP-ng"
#define PRODUCT_NAME_STR     "XCP-ng PV Drivers for Windows"
#define VENDOR_PREFIX_STR    "XCPNG"
#define VENDOR_DEVICE_ID_STR "0001"
#define COPYRIGHT_STR        "Copyright (c) Cloud Software Group, Inc."
#define MAJOR_VERSION_STR    "9"
#define MINOR_VERSION_STR    "1"
#define MICRO_VERSION_STR    "0"
#define BUILD_NUMBER_STR     "0"
#define YEAR_STR             "2026"
#define MONTH_STR            "1"
#define DAY_STR              "1"
#define MAJOR_VERSION        9
#define MINOR_VERSION        1
#define MICRO_VERSION        0
#define BUILD_NUMBER         0
#define YEAR                 2026
#define MONTH                1
#define DAY                  1
#define VER_FILEVERSION_STR  "9.1.0.0"
#define VER_COMPANYNAME_STR  VENDOR_NAME_STR
#define VER_PRODUCTNAME_STR  PRODUCT_NAME_STR
