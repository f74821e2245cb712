__glossarySearchShard("x/66-6f",[["for",[3]],["form","D"]]);
