__glossarySearchShard("x/74-68",[["the","G"],["this",[4]],["through",[1]]]);
