	.file	"dev_devices.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"opened"
.LC1:
	.string	"LEAK %s %s\n"
.LC2:
	.string	"/dev/urandom"
.LC3:
	.string	"%d"
.LC4:
	.string	"%lld"
.LC5:
	.string	"%lld %lld\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB24:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	pushq	%r13
	.cfi_def_cfa_offset 24
	.cfi_offset 13, -24
	pushq	%r12
	.cfi_def_cfa_offset 32
	.cfi_offset 12, -32
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	leaq	devs(%rip), %rbx
	leaq	160(%rbx), %r12
	subq	$80, %rsp
	.cfi_def_cfa_offset 128
	.p2align 4,,10
	.p2align 3
.L3:
	movq	(%rbx), %rbp
	xorl	%eax, %eax
	movl	$2048, %esi
	movq	%rbp, %rdi
	call	open@PLT
	testl	%eax, %eax
	jns	.L17
	addq	$8, %rbx
	cmpq	%rbx, %r12
	jne	.L3
	xorl	%esi, %esi
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	open@PLT
	movl	%eax, %ebx
	testl	%eax, %eax
	js	.L6
	leaq	16(%rsp), %rsi
	movl	$64, %edx
	movl	%eax, %edi
	call	read@PLT
	cmpq	$64, %rax
	je	.L18
.L6:
	movl	$4, %eax
.L1:
	addq	$80, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 48
	popq	%rbx
	.cfi_def_cfa_offset 40
	popq	%rbp
	.cfi_def_cfa_offset 32
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r13
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	ret
.L18:
	.cfi_restore_state
	movl	%ebx, %edi
	call	close@PLT
	xorl	%eax, %eax
	leaq	4(%rsp), %rsi
	leaq	.LC3(%rip), %rdi
	call	__isoc99_scanf@PLT
	subl	$1, %eax
	jne	.L7
	cmpl	$0, 4(%rsp)
	jle	.L7
	xorl	%ebx, %ebx
	xorl	%r14d, %r14d
	leaq	8(%rsp), %r13
	xorl	%ebp, %ebp
	leaq	.LC4(%rip), %r12
	jmp	.L11
	.p2align 4,,10
	.p2align 3
.L8:
	movq	8(%rsp), %rax
	addq	%rax, %rbp
	cmpq	%rax, %rbx
	cmovl	%rax, %rbx
	testl	%r14d, %r14d
	cmove	%rax, %rbx
	addl	$1, %r14d
	cmpl	4(%rsp), %r14d
	jge	.L19
.L11:
	xorl	%eax, %eax
	movq	%r13, %rsi
	movq	%r12, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L8
.L7:
	movl	$1, %eax
	jmp	.L1
.L19:
	movq	%rbx, %rdx
	movq	%rbp, %rsi
	leaq	.LC5(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	xorl	%eax, %eax
	jmp	.L1
.L17:
	leaq	.LC1(%rip), %rdi
	movq	%rbp, %rdx
	leaq	.LC0(%rip), %rsi
	xorl	%eax, %eax
	call	printf@PLT
	xorl	%edi, %edi
	call	exit@PLT
	.cfi_endproc
.LFE24:
	.size	main, .-main
	.section	.rodata.str1.1
.LC6:
	.string	"/dev/mem"
.LC7:
	.string	"/dev/kmem"
.LC8:
	.string	"/dev/port"
.LC9:
	.string	"/dev/kmsg"
.LC10:
	.string	"/dev/vda"
.LC11:
	.string	"/dev/sda"
.LC12:
	.string	"/dev/nvme0n1"
.LC13:
	.string	"/dev/xvda"
.LC14:
	.string	"/dev/mapper/control"
.LC15:
	.string	"/dev/kvm"
.LC16:
	.string	"/dev/fuse"
.LC17:
	.string	"/dev/net/tun"
.LC18:
	.string	"/dev/cpu/0/msr"
.LC19:
	.string	"/dev/snapshot"
.LC20:
	.string	"/dev/input/mice"
.LC21:
	.string	"/dev/loop0"
.LC22:
	.string	"/dev/dri/card0"
.LC23:
	.string	"/dev/nvidia0"
.LC24:
	.string	"/dev/vsock"
.LC25:
	.string	"/dev/hwrng"
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	devs, @object
	.size	devs, 160
devs:
	.quad	.LC6
	.quad	.LC7
	.quad	.LC8
	.quad	.LC9
	.quad	.LC10
	.quad	.LC11
	.quad	.LC12
	.quad	.LC13
	.quad	.LC14
	.quad	.LC15
	.quad	.LC16
	.quad	.LC17
	.quad	.LC18
	.quad	.LC19
	.quad	.LC20
	.quad	.LC21
	.quad	.LC22
	.quad	.LC23
	.quad	.LC24
	.quad	.LC25
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
