/* poppack.h - ndis-tidy's model: restore the packing saved by the last
   pshpackN.h (documented behaviour; not the SDK text). No include guard. */
#pragma pack(pop)
