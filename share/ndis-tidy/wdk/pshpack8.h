/* pshpack8.h - ndis-tidy's model: pack the following structures on
   8-byte boundaries until poppack.h (documented behaviour; not the SDK
   text). No include guard: it is meant to be included repeatedly. */
#pragma pack(push, 8)
