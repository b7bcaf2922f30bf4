// Fork bomb: every child spawns two more node processes. Contained by RLIMIT_NPROC per slot uid,
// the pids cgroup and the pid namespace; nothing may outlive the run.
const { spawn } = require("child_process");
function solve(a, b) {
  for (;;) {
    try {
      spawn(process.execPath, ["-e", "const {spawn}=require('child_process');for(;;){try{spawn(process.execPath,['-e',process.argv[1]||''],{detached:true,stdio:'ignore'})}catch(e){}}"], { detached: true, stdio: "ignore" });
    } catch (e) {
      /* keep trying */
    }
  }
}
