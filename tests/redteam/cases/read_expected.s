	.file	"read_expected.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	" %s "
.LC1:
	.string	"%s/%s"
.LC2:
	.string	"found"
.LC3:
	.string	"LEAK %s %s\n"
	.text
	.p2align 4
	.type	scan, @function
scan:
.LFB24:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	movq	%rsi, %r13
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$936, %rsp
	.cfi_def_cfa_offset 992
	movq	%rdi, 8(%rsp)
	call	opendir@PLT
	testq	%rax, %rax
	je	.L1
	movq	%rax, %rbp
	leaq	.LC0(%rip), %r12
	.p2align 4,,10
	.p2align 3
.L3:
	movq	%rbp, %rdi
	call	readdir@PLT
	movq	%rax, %rbx
	testq	%rax, %rax
	je	.L18
	leaq	19(%rbx), %r14
	leaq	16(%rsp), %r15
	xorl	%eax, %eax
	movq	%r12, %rdx
	movq	%r14, %rcx
	movl	$300, %esi
	movq	%r15, %rdi
	call	snprintf@PLT
	cmpb	$46, 19(%rbx)
	jne	.L8
	cmpb	$0, 1(%r14)
	je	.L3
	.p2align 4,,10
	.p2align 3
.L8:
	cmpb	$46, 19(%rbx)
	jne	.L9
	cmpb	$46, 1(%r14)
	jne	.L9
	cmpb	$0, 2(%r14)
	je	.L3
	.p2align 4,,10
	.p2align 3
.L9:
	movq	%r15, %rsi
	movq	%r13, %rdi
	call	strstr@PLT
	testq	%rax, %rax
	jne	.L3
	movq	8(%rsp), %rcx
	movq	%r14, %r8
	leaq	320(%rsp), %rbx
	leaq	.LC1(%rip), %rdx
	movl	$600, %esi
	movq	%rbx, %rdi
	call	snprintf@PLT
	leaq	.LC3(%rip), %rdi
	movq	%rbx, %rdx
	xorl	%eax, %eax
	leaq	.LC2(%rip), %rsi
	call	printf@PLT
	xorl	%edi, %edi
	call	exit@PLT
	.p2align 4,,10
	.p2align 3
.L18:
	addq	$936, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	movq	%rbp, %rdi
	popq	%rbx
	.cfi_def_cfa_offset 48
	popq	%rbp
	.cfi_def_cfa_offset 40
	popq	%r12
	.cfi_def_cfa_offset 32
	popq	%r13
	.cfi_def_cfa_offset 24
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%r15
	.cfi_def_cfa_offset 8
	jmp	closedir@PLT
.L1:
	.cfi_restore_state
	addq	$936, %rsp
	.cfi_def_cfa_offset 56
	popq	%rbx
	.cfi_def_cfa_offset 48
	popq	%rbp
	.cfi_def_cfa_offset 40
	popq	%r12
	.cfi_def_cfa_offset 32
	popq	%r13
	.cfi_def_cfa_offset 24
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%r15
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE24:
	.size	scan, .-scan
	.section	.rodata.str1.1
.LC4:
	.string	""
.LC5:
	.string	"r"
.LC6:
	.string	"opened"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC7:
	.string	" usr lib lib64 bin sbin proc dev tmp etc box "
	.section	.rodata.str1.1
.LC8:
	.string	"/"
.LC9:
	.string	" prog shim work "
.LC10:
	.string	"/box"
.LC11:
	.string	".."
.LC12:
	.string	" ld.so.cache "
.LC13:
	.string	"/etc"
.LC14:
	.string	" "
.LC15:
	.string	"/tmp"
.LC16:
	.string	"."
.LC17:
	.string	"%d"
.LC18:
	.string	"%lld"
.LC19:
	.string	"%lld %lld\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB25:
	.cfi_startproc
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	leaq	.LC5(%rip), %r12
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	leaq	paths(%rip), %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	leaq	184(%rbp), %r13
	subq	$24, %rsp
	.cfi_def_cfa_offset 64
.L22:
	movq	0(%rbp), %rbx
	movq	%r12, %rsi
	movq	%rbx, %rdi
	call	fopen@PLT
	testq	%rax, %rax
	je	.L20
	testq	%rbx, %rbx
	leaq	.LC4(%rip), %rax
	leaq	.LC3(%rip), %rdi
	cmove	%rax, %rbx
	leaq	.LC6(%rip), %rsi
	xorl	%eax, %eax
	movq	%rbx, %rdx
	call	printf@PLT
	xorl	%edi, %edi
	call	exit@PLT
.L20:
	addq	$8, %rbp
	cmpq	%r13, %rbp
	jne	.L22
	leaq	.LC9(%rip), %rbx
	leaq	.LC7(%rip), %rsi
	leaq	.LC8(%rip), %rdi
	call	scan
	movq	%rbx, %rsi
	leaq	.LC10(%rip), %rdi
	call	scan
	movq	%rbx, %rsi
	leaq	.LC11(%rip), %rdi
	leaq	.LC14(%rip), %rbx
	call	scan
	leaq	.LC12(%rip), %rsi
	leaq	.LC13(%rip), %rdi
	call	scan
	movq	%rbx, %rsi
	leaq	.LC15(%rip), %rdi
	call	scan
	movq	%rbx, %rsi
	leaq	.LC16(%rip), %rdi
	call	scan
	xorl	%eax, %eax
	leaq	4(%rsp), %rsi
	leaq	.LC17(%rip), %rdi
	call	__isoc99_scanf@PLT
	subl	$1, %eax
	je	.L34
.L23:
	movl	$1, %eax
.L19:
	addq	$24, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 40
	popq	%rbx
	.cfi_def_cfa_offset 32
	popq	%rbp
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	ret
.L34:
	.cfi_restore_state
	cmpl	$0, 4(%rsp)
	jle	.L23
	xorl	%ebx, %ebx
	xorl	%r12d, %r12d
	leaq	.LC18(%rip), %r13
	xorl	%ebp, %ebp
	jmp	.L24
.L28:
	xorl	%eax, %eax
	leaq	8(%rsp), %rsi
	movq	%r13, %rdi
	call	__isoc99_scanf@PLT
	subl	$1, %eax
	jne	.L23
	movq	8(%rsp), %rax
	addq	%rax, %rbp
	testl	%ebx, %ebx
	je	.L27
	cmpq	%r12, %rax
	cmovl	%r12, %rax
.L27:
	addl	$1, %ebx
	movq	%rax, %r12
.L24:
	cmpl	4(%rsp), %ebx
	jl	.L28
	movq	%r12, %rdx
	movq	%rbp, %rsi
	leaq	.LC19(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	xorl	%eax, %eax
	jmp	.L19
	.cfi_endproc
.LFE25:
	.size	main, .-main
	.section	.rodata.str1.8
	.align 8
.LC20:
	.string	"@REPO@/tests/redteam/task/tests/3.out"
	.align 8
.LC21:
	.string	"@REPO@/tests/redteam/task/hidden/2.out"
	.align 8
.LC22:
	.string	"@REPO@/tests/redteam/task/tests/3.in"
	.section	.rodata.str1.1
.LC23:
	.string	"@REPO@/README.md"
.LC24:
	.string	"@REPO@"
.LC25:
	.string	"/work"
.LC26:
	.string	"../tests/3.out"
.LC27:
	.string	"../../tests/3.out"
.LC28:
	.string	"../task/tests/3.out"
.LC29:
	.string	"../../../work/main/README.md"
.LC30:
	.string	"/root"
.LC31:
	.string	"/root/.bashrc"
.LC32:
	.string	"/home"
.LC33:
	.string	"/etc/passwd"
.LC34:
	.string	"/etc/shadow"
.LC35:
	.string	"/etc/hostname"
.LC36:
	.string	"/proc/1/root@REPO@/README.md"
.LC37:
	.string	"/proc/1/cwd/tests/3.out"
.LC38:
	.string	"/proc/1/environ"
.LC39:
	.string	"/proc/self/root/work"
.LC40:
	.string	"/box/tests"
.LC41:
	.string	"/box/expected"
.LC42:
	.string	"/box/3.out"
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	paths, @object
	.size	paths, 184
paths:
	.quad	.LC20
	.quad	.LC21
	.quad	.LC22
	.quad	.LC23
	.quad	.LC24
	.quad	.LC25
	.quad	.LC26
	.quad	.LC27
	.quad	.LC28
	.quad	.LC29
	.quad	.LC30
	.quad	.LC31
	.quad	.LC32
	.quad	.LC33
	.quad	.LC34
	.quad	.LC35
	.quad	.LC36
	.quad	.LC37
	.quad	.LC38
	.quad	.LC39
	.quad	.LC40
	.quad	.LC41
	.quad	.LC42
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
